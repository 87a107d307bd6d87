// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace rt {

class Store;

/**
 * The special SQL of votes: a device's vote is an upsert (UNIQUE(poll_id, device) — a second vote
 * from a device replaces its first), many votes commit as one transaction (the vote server's group
 * commit), tallied hands are anonymous rows (device NULL). Prepared and bound, like all store SQL.
 * Undoable edits of votes go through the generic row commands instead.
 */
class VoteRepository
{
public:
    struct Ballot
    {
        QString device;
        QByteArray answer; ///< compact JSON, as checked by vote::checkBallot
    };

    explicit VoteRepository(Store* store);

    bool cast(qint64 pollId, const QString& device, const QByteArray& answer);
    /** All of @p ballots in one transaction: all are committed or none. */
    bool castBatch(qint64 pollId, const QList<Ballot>& ballots);
    /** @p count anonymous votes with @p answer (a show of hands), in one transaction. */
    bool addAnonymous(qint64 pollId, const QByteArray& answer, int count);
    bool clear(qint64 pollId);

    /** Every stored answer of the poll, in the order cast. */
    QList<QByteArray> answers(qint64 pollId) const;
    int count(qint64 pollId) const;
    /** The answer stored for @p device, or empty. */
    QByteArray answerOf(qint64 pollId, const QString& device) const;
    QString lastError() const;

private:
    bool upsert(qint64 pollId, const QVariant& device, const QByteArray& answer, const QString& when);
    Store* m_store;
};

} // namespace rt
