// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace rt {

class Document;

/**
 * A later period of the data pack from CSV: the same shape as the data pack's own file
 * (IndicatorCsv), its rows matched to the session's indicators by domain and indicator, its
 * columns to the areas and comparators by name (case and spacing aside; any order, any subset).
 * The event's figures stay as the baseline; each indicator gets one reading for the period.
 */
class IndicatorPeriodCsv
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorPeriodCsv)
public:
    /** Adds (or replaces) @p period's figures as one undo step; on any error nothing changes and
     *  @p errors says what, one message per bad line ("line 4: no indicator …"). */
    static bool import(Document* document, const QByteArray& bytes, const QString& period,
                       QStringList* errors);
    /** The same, reading @p path; a file that cannot be read is named. */
    static bool importFile(Document* document, const QString& path, const QString& period,
                           QStringList* errors);
};

} // namespace rt
