// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace rt::vote {

/** The six poll kinds, as stored in poll.kind. */
enum class PollKind { Choice, Multi, Ranking, Scale, WordCloud, Open, Unknown };

PollKind pollKindFromString(const QString& kind);
QString pollKindName(PollKind kind);
/** Levels of a scale poll: its options are the level labels; fewer than two options mean 1…5. */
int scaleLevels(int optionCount);

struct WordCount
{
    QString word;
    int count = 0;
    bool operator==(const WordCount& o) const { return word == o.word && count == o.count; }
};

/**
 * The results of one poll, recounted from its vote rows (pure: no store, no I/O).
 *  - choice, multi: votes per option;
 *  - ranking: Borda points per option — in a ranking of n options the first gets n-1 points,
 *    the second n-2, … the last 0;
 *  - scale: votes per level (index 0 = level 1) and the mean level;
 *  - wordcloud: word frequencies, case-folded, punctuation trimmed from both ends of each word;
 *  - open: every answer, in the order cast.
 * Answers that do not fit the poll (wrong shape, index out of range) are counted in `ignored`;
 * answers the facilitator hid (moderation) are left out of everything and counted in `hidden`.
 */
struct Results
{
    PollKind kind = PollKind::Unknown;
    int ballots = 0;
    int ignored = 0;
    int hidden = 0;
    QList<int> counts;
    double mean = 0.0;
    QList<WordCount> words;
    QStringList answers;
};

Results tally(PollKind kind, int optionCount, const QList<QByteArray>& answers);
/** As above; answer i is left out (counted in Results::hidden) when @p hidden[i] is true. */
Results tally(PollKind kind, int optionCount, const QList<QByteArray>& answers, const QList<bool>& hidden);

/** When the room may see a poll's results (poll.reveal): as votes arrive, or once voting closes. */
enum class Reveal { Live, Closed };
Reveal revealFromString(const QString& reveal);
QString revealName(Reveal reveal);
/**
 * Whether the room's screens (projector, run mode, kiosk) show a poll's results now: a poll
 * revealed live shows them as votes arrive; one revealed when voting closes shows only the
 * question and the number of votes until it is closed. The one rule every screen asks.
 */
bool roomSeesResults(const QString& state, Reveal reveal);
/** Word frequencies, most frequent first (ties in word order). */
QList<WordCount> wordFrequencies(const QStringList& texts);

/** A ballot checked against its poll: the compact JSON to store, or why it was refused. */
struct BallotCheck
{
    QByteArray json;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

/**
 * Strict check of one ballot body: a JSON object with exactly the kind's key —
 * {"choices":[i]} (choice: one; multi: 1…maxChoices distinct, 0 = no limit),
 * {"ranking":[…]} (every option index once), {"scale":n} (1…levels), {"text":"…"}
 * (wordcloud ≤ 100, open ≤ 500 characters, not blank, no control characters but newline/tab).
 */
BallotCheck checkBallot(PollKind kind, int optionCount, int maxChoices, const QByteArray& body);

/** The stored answer for one raised hand for option @p option (tally entry). For scale polls
 *  the option is the level index (0 = level 1). Empty for kinds a show of hands cannot express
 *  (ranking, wordcloud, open). */
QByteArray handAnswer(PollKind kind, int option, int optionCount);

} // namespace rt::vote
