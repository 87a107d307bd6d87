// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/VoteRepository.h"

#include "store/Columns.h"
#include "store/Store.h"

#include <QDateTime>

namespace rt {

VoteRepository::VoteRepository(Store* store)
    : m_store(store)
{ }

bool VoteRepository::upsert(qint64 pollId, const QString& device, const QByteArray& answer,
                            const QString& when)
{
    QSqlQuery& q = m_store->prepared(QStringLiteral(
        "INSERT INTO vote (id, poll_id, device, cast_at, answer) VALUES (:id, :poll, :device, :at, :answer) "
        "ON CONFLICT (poll_id, device) DO UPDATE SET answer = excluded.answer, "
        "cast_at = excluded.cast_at"));
    q.bindValue(QStringLiteral(":id"), Store::newId());
    q.bindValue(QStringLiteral(":poll"), pollId);
    q.bindValue(QStringLiteral(":device"), device);
    q.bindValue(QStringLiteral(":at"), when);
    q.bindValue(QStringLiteral(":answer"), QString::fromUtf8(answer));
    return m_store->exec(q);
}

bool VoteRepository::castBatch(qint64 pollId, const QList<Ballot>& ballots)
{
    if (m_store->isReadOnly())
        return m_store->fail(Store::tr("The session is open read-only."));
    if (ballots.isEmpty())
        return true;
    const QString when = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    Store::Transaction tx(*m_store);
    for (const Ballot& b : ballots) {
        if (!upsert(pollId, b.device, b.answer, when))
            return false;
    }
    // Which laptop took the votes (a re-vote replaces the stamp too): one statement for the batch,
    // whose votes share the poll and the time.
    if (!m_store->recordThisDevice())
        return false;
    QSqlQuery& stamp = m_store->prepared(QStringLiteral(
        "INSERT OR REPLACE INTO stamp (kind, row_id, field, at, device, base) "
        "SELECT 'vote', id, '', :at, :d, '' FROM vote WHERE poll_id = :poll AND cast_at = :at2"));
    stamp.bindValue(QStringLiteral(":at"), when);
    stamp.bindValue(QStringLiteral(":d"), m_store->device().id);
    stamp.bindValue(QStringLiteral(":poll"), pollId);
    stamp.bindValue(QStringLiteral(":at2"), when);
    if (!m_store->exec(stamp))
        return false;
    if (!tx.commit())
        return false;
    emit m_store->rowsChanged(Kind::Vote);
    return true;
}

QList<QByteArray> VoteRepository::answers(qint64 pollId, QList<bool>* hidden) const
{
    QSqlQuery& q = m_store->prepared(
        QStringLiteral("SELECT answer, hidden FROM vote WHERE poll_id = :poll ORDER BY cast_at, id"));
    q.bindValue(QStringLiteral(":poll"), pollId);
    QList<QByteArray> out;
    if (hidden)
        hidden->clear();
    if (m_store->exec(q)) {
        while (q.next()) {
            out.append(q.value(0).toString().toUtf8());
            if (hidden)
                hidden->append(q.value(1).toInt() != 0);
        }
    }
    q.finish();
    return out;
}

int VoteRepository::count(qint64 pollId) const
{
    return m_store->count(Kind::Vote, {{col::PollId, pollId}});
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

QByteArray VoteRepository::linkToken(qint64 pollId, const QByteArray& fresh)
{
    const QString key = QStringLiteral("vote_link:") + QString::number(pollId);
    QSqlQuery& read = m_store->prepared(QStringLiteral("SELECT value FROM meta WHERE key = :k"));
    read.bindValue(QStringLiteral(":k"), key);
    QByteArray out;
    if (m_store->exec(read) && read.next())
        out = read.value(0).toString().toLatin1();
    read.finish();
    if (!out.isEmpty() || m_store->isReadOnly())
        return out.isEmpty() ? fresh : out;
    QSqlQuery& write
        = m_store->prepared(QStringLiteral("INSERT OR IGNORE INTO meta (key, value) VALUES (:k, :v)"));
    write.bindValue(QStringLiteral(":k"), key);
    write.bindValue(QStringLiteral(":v"), QString::fromLatin1(fresh));
    m_store->exec(write);
    return fresh;
}

} // namespace rt
