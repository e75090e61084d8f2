// SPDX-License-Identifier: Apache-2.0
#include "Outbox.h"

#include "LocalStore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace roost::client {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT seq, mutation_id, entity, op, object_id, action, base_version, base, data, state, error FROM outbox");

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parse(const QVariant& text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

QString stateName(OutboxEntry::State state)
{
    switch (state) {
    case OutboxEntry::State::Pending: return QStringLiteral("pending");
    case OutboxEntry::State::Conflicted: return QStringLiteral("conflicted");
    case OutboxEntry::State::Rejected: return QStringLiteral("rejected");
    }
    return {};
}

QVariant nullableText(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

bool Outbox::enqueue(const Mutation& m)
{
    return m_store.exec(QStringLiteral("INSERT INTO outbox (mutation_id, entity, op, object_id, action, base_version, base, data, created_at)"
                                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {m.mutationId, m.entity, m.op, m.objectId, nullableText(m.action),
                         m.baseVersion ? QVariant(*m.baseVersion) : QVariant(QMetaType::fromType<qint64>()),
                         compact(m.base), compact(m.data), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
}

QList<OutboxEntry> Outbox::select(const QString& where, const QVariantList& values) const
{
    QList<OutboxEntry> entries;
    QSqlQuery* statement = m_store.prepared(kSelect + QStringLiteral(" WHERE ") + where + QStringLiteral(" ORDER BY seq"));
    if (!statement)
        return entries;
    QSqlQuery& query = *statement;
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec()) {
        qCWarning(lcStore) << "reading the outbox failed:" << query.lastError().text();
        query.finish();
        return entries;
    }
    while (query.next()) {
        OutboxEntry entry;
        entry.seq = query.value(0).toLongLong();
        Mutation& m = entry.mutation;
        m.mutationId = query.value(1).toString();
        m.entity = query.value(2).toString();
        m.op = query.value(3).toString();
        m.objectId = query.value(4).toString();
        m.action = query.value(5).toString();
        if (!query.value(6).isNull())
            m.baseVersion = query.value(6).toLongLong();
        m.base = parse(query.value(7));
        m.data = parse(query.value(8));
        const QString state = query.value(9).toString();
        entry.state = state == QLatin1String("conflicted") ? OutboxEntry::State::Conflicted
            : state == QLatin1String("rejected")           ? OutboxEntry::State::Rejected
                                                           : OutboxEntry::State::Pending;
        entry.error = query.value(10).toString();
        entries.append(std::move(entry));
    }
    query.finish();
    return entries;
}

QList<OutboxEntry> Outbox::entriesOf(const QString& entity, const QString& objectId) const
{
    return select(QStringLiteral("entity = ? AND object_id = ?"), {entity, objectId});
}

std::optional<OutboxEntry> Outbox::entry(const QString& mutationId) const
{
    const QList<OutboxEntry> entries = select(QStringLiteral("mutation_id = ?"), {mutationId});
    if (entries.isEmpty())
        return std::nullopt;
    return entries.first();
}

QList<Mutation> Outbox::sendable(int limit) const
{
    QList<Mutation> mutations;
    QSet<QString> seen;
    for (const OutboxEntry& entry : select(QStringLiteral("1 = 1"), {})) {
        const QString key = entry.mutation.entity + QLatin1Char('/') + entry.mutation.objectId;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        if (entry.state == OutboxEntry::State::Pending) {
            mutations.append(entry.mutation);
            if (mutations.size() >= limit)
                break;
        }
    }
    return mutations;
}

bool Outbox::isEmpty() const
{
    QSqlQuery query(m_store.database());
    return query.exec(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM outbox)")) && query.next() && query.value(0).toBool();
}

int Outbox::count() const
{
    QSqlQuery query(m_store.database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM outbox")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

QString Outbox::entityOf(const QString& objectId) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT entity FROM outbox WHERE object_id = ? LIMIT 1"));
    query.addBindValue(objectId);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

bool Outbox::remove(const QString& mutationId)
{
    return m_store.exec(QStringLiteral("DELETE FROM outbox WHERE mutation_id = ?"), {mutationId});
}

bool Outbox::removeAllOf(const QString& entity, const QString& objectId)
{
    return m_store.exec(QStringLiteral("DELETE FROM outbox WHERE entity = ? AND object_id = ?"), {entity, objectId});
}

bool Outbox::setState(const QString& mutationId, OutboxEntry::State state, const QString& error)
{
    return m_store.exec(QStringLiteral("UPDATE outbox SET state = ?, error = ? WHERE mutation_id = ?"),
                        {stateName(state), nullableText(error), mutationId});
}

bool Outbox::rebase(const QString& mutationId, qint64 baseVersion, const QJsonObject& base)
{
    return m_store.exec(QStringLiteral("UPDATE outbox SET state = 'pending', error = NULL, base_version = ?, base = ? WHERE mutation_id = ?"),
                        {baseVersion, compact(base), mutationId});
}

bool Outbox::retry(const QString& mutationId, const QString& newMutationId, qint64 baseVersion, const QJsonObject& base)
{
    return m_store.exec(QStringLiteral("UPDATE outbox SET mutation_id = ?, state = 'pending', error = NULL, base_version = ?, base = ?"
                                       " WHERE mutation_id = ?"),
                        {newMutationId, baseVersion, compact(base), mutationId});
}

bool Outbox::retryWith(const QString& mutationId, const QString& newMutationId, qint64 baseVersion, const QJsonObject& base,
                       const QJsonObject& data)
{
    return m_store.exec(QStringLiteral("UPDATE outbox SET mutation_id = ?, state = 'pending', error = NULL, base_version = ?, base = ?,"
                                       " data = ? WHERE mutation_id = ?"),
                        {newMutationId, baseVersion, compact(base), compact(data), mutationId});
}

std::pair<SyncState, QString> Outbox::stateOf(const QString& entity, const QString& objectId) const
{
    const QList<OutboxEntry> entries = entriesOf(entity, objectId);
    for (const OutboxEntry& entry : entries) {
        if (entry.state == OutboxEntry::State::Conflicted)
            return {SyncState::Conflicted, entry.error};
    }
    for (const OutboxEntry& entry : entries) {
        if (entry.state == OutboxEntry::State::Rejected)
            return {SyncState::Rejected, entry.error};
    }
    return {entries.isEmpty() ? SyncState::Synced : SyncState::Pending, QString()};
}

} // namespace roost::client
