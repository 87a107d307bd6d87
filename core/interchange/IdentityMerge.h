// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/Merge.h"

#include <QStringList>
#include <vector>

namespace rt {

class Store;

/**
 * Merges copies of one session (files that share its origin) row by row, by id:
 * - the same row in several files is one row; rows made on one laptop are all kept;
 * - a field changed on one laptop only wins over the untouched copies; changed differently on
 *   two, the later change wins and the other value is recorded in the output's conflicts;
 * - a row deleted on any laptop stays deleted, and what only lived under it is left out;
 * - lists are ordered by each row's position, then when it was made, then its id.
 * The result depends only on the files' content, not their order, so merging again, or merging
 * merged files, gives the same session.
 */
class IdentityMerge
{
public:
    struct Input
    {
        QString name; ///< file name, as the report names it
        const Store* store = nullptr;
    };

    /** Writes the merge of @p inputs into @p out (a new, empty session inside a transaction) and
     *  fills the report's files, conflicts, refusals and counts. @return false on a write failure
     *  (see @p error). */
    static bool run(Store& out, const std::vector<Input>& inputs, const QString& mergedAt,
                    Merge::Report& report, QString* error);
};

} // namespace rt
