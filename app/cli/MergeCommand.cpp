// SPDX-License-Identifier: GPL-3.0-or-later
// `roundtable merge OUT FILE…`: combine the files from several laptops into a new file OUT.
// Duplicate tables and places are all kept; each is named on stderr so the organiser can tidy.
#include "cli/Cli.h"
#include "interchange/Merge.h"

#include <QCoreApplication>
#include <QDir>
#include <cstdio>

namespace rt::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("rt::cli", text);
}

void note(const QString& line)
{
    std::fputs(qPrintable(QStringLiteral("roundtable: %1\n").arg(line)), stderr);
}
} // namespace

int runMerge(const QStringList& args)
{
    if (args.size() < 2)
        return fail(tr("usage: roundtable merge OUT FILE..."));
    const QString output = args.first();
    const QStringList inputs = args.mid(1);
    const Merge::Report r = Merge::run(output, inputs, Merge::Duplicates::KeepBoth);
    if (!r.ok)
        return fail(r.error);
    for (const QString& line : r.duplicates)
        note(tr("duplicate: %1").arg(line));
    for (const QString& line : r.skipped)
        note(tr("skipped: %1").arg(line));
    for (const QString& line : r.differences)
        note(tr("differs: %1").arg(line));
    print(tr("%1: merged %2 source(s): %3 tables, %4 notes, %5 places, %6 polls, %7 votes\n")
              .arg(QDir::toNativeSeparators(output))
              .arg(r.sources.size())
              .arg(r.added.value(Kind::Table))
              .arg(r.added.value(Kind::Note))
              .arg(r.added.value(Kind::Place))
              .arg(r.added.value(Kind::Poll))
              .arg(r.added.value(Kind::Vote)));
    return 0;
}

} // namespace rt::cli
