// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace rt {

/**
 * What a merge of several session files would meet, found before anything is written: every
 * input is opened read-only (the same checks as Merge), and the tables (same number and topic),
 * places (same name) and polls (same question, kind, options and place) found in more than one input are
 * listed, so the organiser can choose what to do before the merge starts.
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
    struct Result
    {
        bool ok = false;
        QString error; ///< the first bad input, named, and why
        QString badFile; ///< its path
        QList<Duplicate> duplicates;
        int tables = 0, notes = 0, places = 0, polls = 0, votes = 0; ///< summed over the inputs
    };

    static Result run(const QStringList& inputs);
};

} // namespace rt
