// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/VoteRepository.h"

#include "store/Store.h"

#include <QDateTime>

namespace rt {

namespace {
QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
} // namespace

VoteRepository::VoteRepository(Store* store)
    : m_store(store)
{ }

QString VoteRepository::lastError() const
{
    return m_store->lastError();
}

bool VoteRepository::upsert(qint64 pollId, const QVariant& device, const QByteArray& answer,
                            const QString& when)
{
    // NULL devices never conflict (SQL NULLs are distinct), so anonymous rows simply add up.
    QSqlQuery& q = m_store->prepared(QStringLiteral(
        "INSERT INTO vote (poll_id, device, cast_at, answer) VALUES (:poll, :device, :at, :answer) "
        "ON CONFLICT (poll_id, device) DO UPDATE SET answer = excluded.answer, "
        "cast_at = excluded.cast_at"));
    q.bindValue(QStringLiteral(":poll"), pollId);
    q.bindValue(QStringLiteral(":device"), device);
    q.bindValue(QStringLiteral(":at"), when);
    q.bindValue(QStringLiteral(":answer"), QString::fromUtf8(answer));
    return m_store->exec(q);
}

bool VoteRepository::cast(qint64 pollId, const QString& device, const QByteArray& answer)
{
    return castBatch(pollId, {{device, answer}});
}

bool VoteRepository::castBatch(qint64 pollId, const QList<Ballot>& ballots)
{
    if (m_store->isReadOnly())
        return m_store->fail(Store::tr("The session is open read-only."));
    if (ballots.isEmpty())
        return true;
    const QString when = now();
    Store::Transaction tx(*m_store);
    for (const Ballot& b : ballots) {
        if (!upsert(pollId, b.device, b.answer, when))
            return false;
    }
    if (!tx.commit())
        return false;
    emit m_store->rowsChanged(Kind::Vote);
    return true;
}

bool VoteRepository::addAnonymous(qint64 pollId, const QByteArray& answer, int count)
{
    if (m_store->isReadOnly())
        return m_store->fail(Store::tr("The session is open read-only."));
    const QString when = now();
    Store::Transaction tx(*m_store);
    for (int i = 0; i < count; ++i) {
        if (!upsert(pollId, QVariant(QMetaType(QMetaType::QString)), answer, when))
            return false;
    }
    if (!tx.commit())
        return false;
    emit m_store->rowsChanged(Kind::Vote);
    return true;
}

bool VoteRepository::clear(qint64 pollId)
{
    if (m_store->isReadOnly())
        return m_store->fail(Store::tr("The session is open read-only."));
    QSqlQuery& q = m_store->prepared(QStringLiteral("DELETE FROM vote WHERE poll_id = :poll"));
    q.bindValue(QStringLiteral(":poll"), pollId);
    Store::Transaction tx(*m_store);
    if (!m_store->exec(q) || !tx.commit())
        return false;
    emit m_store->rowsChanged(Kind::Vote);
    return true;
}

QList<QByteArray> VoteRepository::answers(qint64 pollId) const
{
    QSqlQuery& q
        = m_store->prepared(QStringLiteral("SELECT answer FROM vote WHERE poll_id = :poll ORDER BY id"));
    q.bindValue(QStringLiteral(":poll"), pollId);
    QList<QByteArray> out;
    if (m_store->exec(q)) {
        while (q.next())
            out.append(q.value(0).toString().toUtf8());
    }
    q.finish();
    return out;
}

int VoteRepository::count(qint64 pollId) const
{
    return m_store->count(Kind::Vote, {{QStringLiteral("poll_id"), pollId}});
}

QByteArray VoteRepository::answerOf(qint64 pollId, const QString& device) const
{
    QSqlQuery& q = m_store->prepared(
        QStringLiteral("SELECT answer FROM vote WHERE poll_id = :poll AND device = :device"));
    q.bindValue(QStringLiteral(":poll"), pollId);
    q.bindValue(QStringLiteral(":device"), device);
    QByteArray out;
    if (m_store->exec(q) && q.next())
        out = q.value(0).toString().toUtf8();
    q.finish();
    return out;
}

} // namespace rt
