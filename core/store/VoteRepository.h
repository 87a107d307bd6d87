// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace rt {

class Store;

/**
 * The special SQL of votes: the vote server's group commit (many phone votes as one transaction,
 * outside the undo stack), where a device's vote is an upsert (UNIQUE(poll_id, device) — a second
 * vote from a device replaces its first, and an answer the facilitator hid stays hidden: a
 * re-vote does not slip past moderation), and the stored answers read back for the tally. Prepared
 * and bound, like all store SQL. Undoable votes (counted hands, the kiosk) are edits (commands/PollEdits.h).
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

    /** All of @p ballots in one transaction: all are committed or none. */
    bool castBatch(qint64 pollId, const QList<Ballot>& ballots);

    /** Every stored answer of the poll, in the order cast; with @p hidden, whether the
     *  facilitator hid each one (vote.hidden). */
    QList<QByteArray> answers(qint64 pollId, QList<bool>* hidden = nullptr) const;
    int count(qint64 pollId) const;
    /** The answer stored for @p device, or empty. */
    QByteArray answerOf(qint64 pollId, const QString& device) const;

    /** The phone link's token of @p pollId, kept in the session's meta so a poll keeps one link
     *  (and its projected QR code) for the life of the session; stores @p fresh the first time.
     *  Returns @p fresh unstored when the session is read-only. */
    QByteArray linkToken(qint64 pollId, const QByteArray& fresh);

private:
    bool upsert(qint64 pollId, const QString& device, const QByteArray& answer, const QString& when);
    Store* m_store;
};

} // namespace rt
