// SPDX-License-Identifier: Apache-2.0
#include "roost/JsonSink.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QVariant>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cmath>

namespace roost {

void JsonSink::value(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        beginObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            key(it.key().toUtf8());
            this->value(it.value());
        }
        endObject();
        return;
    }
    case QJsonValue::Array:
        beginArray();
        for (const QJsonValue element : value.toArray())
            this->value(element);
        endArray();
        return;
    case QJsonValue::String:
        string(value.toString());
        return;
    case QJsonValue::Double: {
        // QJsonValue keeps integers exact; write them as integers, as QJsonDocument does.
        const QVariant variant = value.toVariant();
        if (variant.typeId() == QMetaType::LongLong)
            integer(variant.toLongLong());
        else
            number(value.toDouble());
        return;
    }
    case QJsonValue::Bool:
        boolean(value.toBool());
        return;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        null();
        return;
    }
}

void JsonSink::field(const char* name, const QStringList& values)
{
    key(name);
    beginArray();
    for (const QString& value : values)
        string(value);
    endArray();
}

// --- JsonTreeSink ---

void JsonTreeSink::beginObject()
{
    m_open.append(Open{});
}

void JsonTreeSink::beginArray()
{
    Open open;
    open.isArray = true;
    m_open.append(open);
}

void JsonTreeSink::endObject()
{
    const QJsonObject done = m_open.takeLast().object;
    add(done);
}

void JsonTreeSink::endArray()
{
    const QJsonArray done = m_open.takeLast().array;
    add(done);
}

void JsonTreeSink::key(QByteArrayView name)
{
    m_open.last().key = QString::fromUtf8(name);
}

void JsonTreeSink::string(const QString& value)
{
    add(value);
}

void JsonTreeSink::integer(qint64 value)
{
    add(value);
}

void JsonTreeSink::number(double value)
{
    add(std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null));
}

void JsonTreeSink::boolean(bool value)
{
    add(value);
}

void JsonTreeSink::null()
{
    add(QJsonValue(QJsonValue::Null));
}

void JsonTreeSink::add(const QJsonValue& value)
{
    if (m_open.isEmpty()) {
        m_result = value;
        return;
    }
    Open& open = m_open.last();
    if (open.isArray)
        open.array.append(value);
    else
        open.object.insert(open.key, value);
}

// --- JsonTextSink ---

struct JsonTextSink::Writer {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer{buffer};
};

JsonTextSink::JsonTextSink() : m_writer(std::make_unique<Writer>()) {}

JsonTextSink::~JsonTextSink() = default;

void JsonTextSink::beginObject()
{
    m_writer->writer.StartObject();
}

void JsonTextSink::endObject()
{
    m_writer->writer.EndObject();
}

void JsonTextSink::beginArray()
{
    m_writer->writer.StartArray();
}

void JsonTextSink::endArray()
{
    m_writer->writer.EndArray();
}

void JsonTextSink::key(QByteArrayView name)
{
    m_writer->writer.Key(name.data(), rapidjson::SizeType(name.size()));
}

void JsonTextSink::string(const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    m_writer->writer.String(utf8.constData(), rapidjson::SizeType(utf8.size()));
}

void JsonTextSink::integer(qint64 value)
{
    m_writer->writer.Int64(value);
}

void JsonTextSink::number(double value)
{
    if (std::isfinite(value))
        m_writer->writer.Double(value);
    else
        m_writer->writer.Null();
}

void JsonTextSink::boolean(bool value)
{
    m_writer->writer.Bool(value);
}

void JsonTextSink::null()
{
    m_writer->writer.Null();
}

QByteArray JsonTextSink::text() const
{
    return QByteArray(m_writer->buffer.GetString(), qsizetype(m_writer->buffer.GetSize()));
}

} // namespace roost
