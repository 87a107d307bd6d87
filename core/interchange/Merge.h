// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Kind.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>
#include <functional>

namespace rt {

/**
 * Combines the session files from several laptops into one NEW file. Every input is checked
 * (read-only, with quick_check) before anything is written; a bad input is named and no
 * output is left behind. Rows are copied with new ids and every reference remapped; the
 * output records one `source` per input file and marks each table, place and poll with it.
 *
 * Re-merging is safe: an input whose file name is already recorded as a source (of a merged
 * input), or whose content equals an earlier input's, adds nothing.
 *
 * Opens its own database connections, so it can run on a worker thread.
 */
class Merge
{
    Q_DECLARE_TR_FUNCTIONS(Merge)
public:
    /** What to do with a table (same number and topic), place (same name) or poll (same question,
     *  kind, options and place) already merged from another file. Combine appends the second's
     *  notes (or aims and actions) to the first. KeepFirst skips the later table or place.
     *
     *  Polls: a vote is a person, not a copy, so Combine and KeepFirst both keep the first poll
     *  and add the later file's votes to it. A device that voted in both files (same device id)
     *  keeps its later vote by cast_at and is counted in Report::voteClashes; anonymous votes
     *  (tallied hands, device NULL) are always kept. KeepBoth keeps the polls apart. */
    enum class Duplicates { KeepBoth, KeepFirst, Combine };
    /** Called before each step; return false to cancel (nothing is written). */
    using Progress = std::function<bool(int done, int total, const QString& step)>;

    /** What one input brought: one line of the report ("t1.roundtable: +31 notes, 1 change, 0 conflicts"). */
    struct FileSummary
    {
        QString file; ///< the input's file name
        bool byIdentity = true; ///< a copy of the same session, merged row by row; false: matched by names
        bool skipped = false; ///< already merged, or the same content as another input
        QMap<Kind, int> added; ///< rows only this file had, per kind
        int changed = 0; ///< fields whose value came from this file
        int deleted = 0; ///< rows deleted on this file's laptop, deleted in the output too
        int conflicts = 0; ///< real conflicts this file was part of
    };

    struct Report
    {
        bool ok = false;
        bool cancelled = false;
        QString error; ///< one line naming the file and the reason
        QStringList sources; ///< the source files recorded in the output, in order
        QStringList skipped; ///< inputs (or sources inside merged inputs) already present
        QStringList duplicates; ///< duplicate tables and places, and what was done with them
        QStringList differences; ///< event, agenda or data pack details that differ from the first file
        QMap<Kind, int> added; ///< rows written, per kind
        Duplicates policy = Duplicates::KeepBoth; ///< the policy the merge ran with
        int combinedPolls = 0; ///< later copies of a poll whose votes went into the first
        int voteClashes = 0; ///< devices that voted in two files' copies of a poll: the later vote kept
        QList<FileSummary> files; ///< one per input, in the order given
        /** Fields changed differently on two laptops: which value was kept and which is listed in
         *  the output's conflicts (the window offers the other), one line each. */
        QStringList conflicts;
        /** Rows that could not be kept (their table or place was deleted on another laptop). */
        QStringList refusals;

        /** The report as the window and the command line show it: conflicts and refusals first,
         *  then one line per file. */
        QStringList lines() const;
        static QString fileLine(const FileSummary& file);
    };

    /** Of the inputs' origins (in input order), the one merged row by row: the origin most
     *  inputs share, the first input's on a tie. The check page names the same one. */
    static QString baseOrigin(const QStringList& origins);

    static Report run(const QString& output, const QStringList& inputs,
                      Duplicates duplicates = Duplicates::KeepBoth, const Progress& progress = {});
};

} // namespace rt
