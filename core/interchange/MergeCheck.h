// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace rt {

/**
 * What a merge of several session files would meet, found before anything is written: every
 * input is opened read-only (the same checks as Merge) and grouped by session: inputs that share
 * an origin are copies of one session (merged row by row, by id), the others are other sessions.
 * The tables (same number and topic), places (same name) and polls (same question, kind, options
 * and place) found in more than one session are listed, so the organiser can choose what to do
 * before the merge starts. Copies of one session never list each other's rows: they are the same rows.
 */
class MergeCheck
{
    Q_DECLARE_TR_FUNCTIONS(MergeCheck)
public:
    struct Duplicate
    {
        enum What { Table, Place, Poll } what = Table;
        QString label; ///< e.g. table 3 "Carers", place "Luton", poll "To what degree …?"
        QStringList files; ///< the inputs' file names holding it, in input order
    };
    /** Inputs that are copies of one session (the same origin), in input order. */
    struct Session
    {
        QString origin;
        QStringList files; ///< file names
    };
    struct Result
    {
        bool ok = false;
        QString error; ///< the first bad input, named, and why
        QString badFile; ///< its path
        QList<Duplicate> duplicates; ///< only between files of different sessions
        QList<Session> sessions; ///< the one merged row by row first, then in input order
        int tables = 0, notes = 0, places = 0, polls = 0,
            votes = 0; ///< summed over the sessions (copies count their rows once)
    };

    static Result run(const QStringList& inputs);
};

} // namespace rt
