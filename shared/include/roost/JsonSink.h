// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace roost {

/// Where a codec writes an object's JSON, event by event. The codec holds the mapping of each
/// field once; the sink decides what it becomes: a QJsonObject for code that works with one
/// (JsonTreeSink), or text written as it goes (JsonTextSink) for answers of thousands of
/// objects, where building and then serialising QJsonObjects was most of the work.
class JsonSink
{
public:
    virtual ~JsonSink() = default;

    virtual void beginObject() = 0;
    virtual void endObject() = 0;
    virtual void beginArray() = 0;
    virtual void endArray() = 0;
    /// The next member's name, UTF-8.
    virtual void key(QByteArrayView name) = 0;
    virtual void string(const QString& value) = 0;
    virtual void integer(qint64 value) = 0;
    /// null for NaN and infinities, which JSON has no words for.
    virtual void number(double value) = 0;
    virtual void boolean(bool value) = 0;
    virtual void null() = 0;

    void field(const char* name, const QString& value) { key(name); string(value); }
    void field(const char* name, const char* value) { key(name); string(QString::fromLatin1(value)); }
    void field(const char* name, int value) { key(name); integer(value); }
    void field(const char* name, qint64 value) { key(name); integer(value); }
    void field(const char* name, double value) { key(name); number(value); }
    void field(const char* name, bool value) { key(name); boolean(value); }
    void field(const char* name, const QStringList& values);
    void nullField(const char* name) { key(name); null(); }
    /// Any QJsonValue, as its events (for objects that have no codec of their own here).
    void value(const QJsonValue& value);
};

/// Builds the QJsonValue the events describe.
class JsonTreeSink final : public JsonSink
{
public:
    void beginObject() override;
    void endObject() override;
    void beginArray() override;
    void endArray() override;
    void key(QByteArrayView name) override;
    void string(const QString& value) override;
    void integer(qint64 value) override;
    void number(double value) override;
    void boolean(bool value) override;
    void null() override;

    /// The finished value (undefined until the outermost object or array ends).
    QJsonValue result() const { return m_result; }

private:
    struct Open {
        bool isArray = false;
        QJsonObject object;
        QJsonArray array;
        QString key; ///< the member the next value is for
    };
    void add(const QJsonValue& value);

    QList<Open> m_open;
    QJsonValue m_result = QJsonValue(QJsonValue::Undefined);
};

/// The object `write(sink)` describes, built: `buildJsonObject([&](JsonSink& s) { writeX(s, x); })`.
template <typename Write>
QJsonObject buildJsonObject(Write&& write)
{
    JsonTreeSink tree;
    write(tree);
    return tree.result().toObject();
}

/// Writes compact JSON text (UTF-8) as the events come, through RapidJSON's writer.
class JsonTextSink final : public JsonSink
{
public:
    JsonTextSink();
    ~JsonTextSink() override;

    void beginObject() override;
    void endObject() override;
    void beginArray() override;
    void endArray() override;
    void key(QByteArrayView name) override;
    void string(const QString& value) override;
    void integer(qint64 value) override;
    void number(double value) override;
    void boolean(bool value) override;
    void null() override;

    /// The text written so far; complete once the outermost object or array has ended.
    QByteArray text() const;

private:
    struct Writer;
    std::unique_ptr<Writer> m_writer;
};

} // namespace roost
