// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the data-pack CSV import: RFC 4180 parsing, BOM handling, per-line errors and the
// heat-map number parsing. Every refusal must name a line.
#include "interchange/IndicatorCsv.h"

#include <QCoreApplication>

using namespace rt;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    IndicatorCsv::Table table;
    QStringList errors;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    if (!IndicatorCsv::parse(bytes, &table, &errors)) {
        if (errors.isEmpty())
            __builtin_trap(); // a refusal must say why
        return 0;
    }
    for (const auto& row : table.rows)
        IndicatorCsv::goodness(row.values, row.higherIsBetter);
    return 0;
}
