// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace rt {

class Store;

/**
 * Writes the session's data pack in the CSV format IndicatorCsv reads back (RFC 4180, UTF-8,
 * CRLF): domain, indicator, one column per area or comparator in stored order (comparators
 * marked "comparator: NAME", so a re-import keeps them comparators), higher_is_better (yes/no).
 */
class IndicatorCsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorCsvWriter)
public:
    static QByteArray toCsv(const Store* store);
    /** Writes @p path through files::SafeOutput (all or nothing, never over @p inputs or any
     *  session); on failure @p error is one line naming the file and the reason. */
    static bool writeFile(const Store* store, const QString& path, QString* error,
                          const QStringList& inputs = {});
};

} // namespace rt
