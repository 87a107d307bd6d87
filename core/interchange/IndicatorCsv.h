// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

namespace rt {

class Document;

/**
 * The data pack as CSV (RFC 4180, UTF-8 with or without a BOM):
 *
 *     domain,indicator,Bedford Borough,Luton,comparator:England,higher_is_better
 *     Overall employment,Employment rate,74%,70%,75%,yes
 *
 * Between `indicator` and `higher_is_better` come one column per area and per comparator, in
 * the order they are shown. A comparator is marked by a "comparator:" prefix or a
 * "(comparator)" suffix, or is a nation or English region ("England", "East of England", …).
 * An empty domain repeats the one above (as spreadsheets show merged cells).
 */
class IndicatorCsv
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorCsv)
public:
    struct Line
    {
        QString domain;
        QString indicator;
        QString period; ///< the "period" column's value ("2024 Q1"), when the file has one
        QStringList values; ///< one per column, verbatim (trimmed)
        bool higherIsBetter = true;
        int line = 0; ///< where the record starts in the file, from 1
    };
    struct Table
    {
        QStringList columns; ///< area and comparator names, in file order
        QList<bool> comparator; ///< per column
        QList<Line> rows;
        bool hasPeriod = false; ///< a "period" column follows "indicator"
    };

    /** Parses the whole file; on failure returns false with one message per bad line
     *  ("line 7: higher_is_better must be yes/no/true/false/1/0"). */
    static bool parse(const QByteArray& bytes, Table* out, QStringList* errors);
    /** Replaces the session's data pack with the file's as one undo step; on any error
     *  nothing changes. */
    static bool import(Document* document, const QByteArray& bytes, QStringList* errors);
    /**
     * Adds a later period's values to the session's indicators (the data pack's own values stay
     * the baseline), as one undo step. Each line names an indicator already in the data pack;
     * its period is the file's "period" column (domain,indicator,period,…) or else @p period.
     * Columns are matched by name. A period an indicator already has is replaced. On any error
     * (one message per bad line) nothing changes.
     */
    static bool importPeriod(Document* document, const QByteArray& bytes, const QString& period,
                             QStringList* errors);
    /** The same, reading @p path; a file that cannot be read is named. */
    static bool importFile(Document* document, const QString& path, QStringList* errors);

    /** A cell's number: "74%", "-0.1%", "5.5", "1,234", "−3" (Unicode minus); none otherwise. */
    static std::optional<double> number(const QString& text);
    /** Heat-map goodness of each cell of a row, 0 (worst in the row) .. 1 (best); no value
     *  where the cell holds no number, 0.5 when every number is equal. */
    static QList<std::optional<double>> goodness(const QStringList& values, bool higherIsBetter);
};

} // namespace rt
