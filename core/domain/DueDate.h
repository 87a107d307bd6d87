// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace rt {

/**
 * The date an action is due, worked out from the words a table wrote in "By when?" ("Aug-23",
 * "Within 3 months", "end of Q3", "by Christmas"). The words are always kept as written; the date
 * only lets a tracker sort and flag what is overdue, and the place lead can correct it.
 */
struct DueDate
{
    /**
     * The day @p words name, reading relative and year-less phrasings against @p eventDate (the
     * day the plan was made). A month, quarter, season or year means its last day; "12-24 months"
     * the later end. Nothing for words that name no date ("ongoing", "TBC", "") or that need an
     * event date when there is none.
     */
    static std::optional<QDate> parse(const QString& words, const QDate& eventDate);
    /** parse() as stored: ISO yyyy-MM-dd, or a null QVariant-friendly empty string for none. */
    static QString parseIso(const QString& words, const QString& eventDateIso);
};

} // namespace rt
