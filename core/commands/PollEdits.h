// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Tally.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace rt {

class Document;

/**
 * The polls' edits (the facade: commands/Edit.h). Each is one undo step with its own undo text
 * and returns whether it reached the file (or the new row's id, 0 when none was made); an edit
 * that would change nothing is not pushed and returns false. Phone votes are not here: the vote
 * server commits them in groups, outside the undo stack (store/VoteRepository).
 */
namespace edit {

/** Adds a draft single-choice poll asking @p question, at the end of the list ("Add poll"). */
qint64 addPoll(Document& doc, const QString& question);
/** Removes a poll with its options and votes; an agenda item that ran it keeps no link ("Remove poll"). */
bool removePoll(Document& doc, qint64 poll);

bool setPollQuestion(Document& doc, qint64 poll, const QString& question); ///< "Edit poll question"
bool setPollKind(Document& doc, qint64 poll, vote::PollKind kind); ///< "Change poll kind"
/** How many options a multiple-choice voter may pick, 0 for no limit ("Change most choices"). Steps
 *  of one gesture (a spin box held down) merge into one undo step (MergeId PollMaxChoices). */
bool setPollMaxChoices(Document& doc, qint64 poll, int maxChoices);
/** Attaches the poll to @p place, or to none with 0 ("Attach poll to place"). */
bool setPollPlace(Document& doc, qint64 poll, qint64 place);
/** When the room's screens show the poll's results: as votes arrive, or once voting closes
 *  ("Show results live" / "Show results after voting closes"). */
bool setPollReveal(Document& doc, qint64 poll, vote::Reveal reveal);
/** Where the poll lands in the summary pack: "priorities" (its place's priorities), "feedback" or
 *  "other" ("Change poll role"). False for any other role or when unchanged. */
bool setPollRole(Document& doc, qint64 poll, const QString& role);
/** Opens (or reopens) the poll for voting ("Open voting"); false when it is open already. */
bool openVoting(Document& doc, qint64 poll);
/** Closes the poll: no more votes are taken ("Close voting"); false when it is closed already. */
bool closeVoting(Document& doc, qint64 poll);

/** Adds an option with @p text at the end of the poll's options ("Add option"). */
qint64 addPollOption(Document& doc, qint64 poll, const QString& text);
bool removePollOption(Document& doc, qint64 option); ///< "Remove option"
/** Moves an option to @p position among its poll's options ("Move option"). */
bool movePollOption(Document& doc, qint64 option, int position);

/**
 * A show of hands, counted: @p hands[i] raised hands for option i (for a scale, level i + 1). Each
 * hand is stored as one anonymous vote (no device), all as one undo step ("Count %n hand(s)");
 * counts past the last option (level) are left out. False for a kind a show of hands cannot
 * express (ranking, word cloud, open) or no hands at all.
 */
bool countHands(Document& doc, qint64 poll, const QList<int>& hands);

/** A device name for one kiosk ballot ("kiosk-" and 16 random hex digits): on the laptop passed
 *  round the room every voter is a new device, so no kiosk vote replaces another. */
QString newKioskDevice();
/**
 * One ballot cast at the kiosk (pass-the-laptop) by @p device: @p answer is checked against the
 * poll (vote::checkBallot) and stored in its compact form, as one undo step ("Cast vote"). A device
 * that has voted on this poll before has its answer replaced, as a phone's is; undo then puts the
 * earlier answer back, else it removes the vote. False when the poll is not open or the answer
 * does not fit it.
 */
bool castKioskVote(Document& doc, qint64 poll, const QString& device, const QByteArray& answer);

/**
 * Moderation: hides a written answer (word cloud, open text) from the projector, the kiosk and
 * the pack, or shows it again ("Hide answer" / "Show answer"). The vote stays in the file, marked
 * hidden, and is counted as hidden. False for a vote of another kind or no change.
 */
bool setAnswerHidden(Document& doc, qint64 vote, bool hidden);

/** Removes every vote of the poll, as one undo step ("Clear poll results"). */
bool clearVotes(Document& doc, qint64 poll);

} // namespace edit
} // namespace rt
