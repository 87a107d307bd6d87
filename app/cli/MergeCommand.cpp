// SPDX-License-Identifier: GPL-3.0-or-later
// `roundtable merge OUT FILE… [--policy combine|keep-both|keep-first]`: combine the files from
// several laptops into a new file OUT. The default is the window's (File ▸ Merge Files…): the same
// table, place or poll on several laptops becomes one. What was done with each is named on stderr.
#include "cli/Cli.h"
#include "interchange/Merge.h"

#include <QCommandLineParser>
#include <QDir>
#include <QMap>
#include <cstdio>

namespace rt::cli {

namespace {
void note(const QString& line)
{
    std::fputs(qPrintable(QStringLiteral("roundtable: %1\n").arg(line)), stderr);
}
} // namespace

int runMerge(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("OUT"),
                                 tr("the new session file to write; it must not exist"));
    parser.addPositionalArgument(QStringLiteral("FILE..."),
                                 tr("the session files to combine (opened read-only)"));
    const QCommandLineOption policyOption(
        QStringLiteral("policy"),
        tr("what to do with a table, place or poll found in several files: combine (one, with every "
           "file's notes and votes; the default, as in the window), keep-both, or keep-first"),
        QStringLiteral("POLICY"), QStringLiteral("combine"));
    parser.addOption(policyOption);
    if (const int status = parseArguments(parser, QStringLiteral("merge"), args); status >= 0)
        return status;
    const QMap<QString, Merge::Duplicates> policies {
        {QStringLiteral("combine"), Merge::Duplicates::Combine},
        {QStringLiteral("keep-both"), Merge::Duplicates::KeepBoth},
        {QStringLiteral("keep-first"), Merge::Duplicates::KeepFirst}};
    const QString policy = parser.value(policyOption);
    if (!policies.contains(policy))
        return fail(tr("merge: --policy %1 is not one of combine, keep-both, keep-first").arg(policy));
    const QStringList files = parser.positionalArguments();
    if (files.size() < 2)
        return fail(tr("usage: roundtable merge OUT FILE..."));
    const QString output = files.first();
    const QStringList inputs = files.mid(1);
    const Merge::Report r = Merge::run(output, inputs, policies.value(policy));
    if (!r.ok)
        return fail(r.error);
    // Conflicts and refusals first, then a line per file: what needs a look before what went well.
    for (const QString& line : r.lines())
        print(line + QLatin1Char('\n'));
    for (const QString& line : r.duplicates)
        note(tr("duplicate: %1").arg(line));
    for (const QString& line : r.skipped)
        note(tr("skipped: %1").arg(line));
    for (const QString& line : r.differences)
        note(tr("differs: %1").arg(line));
    // One pass of arg(): a file name holding "%2" is not filled in.
    const auto count = [&](Kind kind) { return QString::number(r.added.value(kind)); };
    print(tr("%1: merged %n source(s): %2 tables, %3 notes, %4 places, %5 polls, %6 votes", nullptr,
             int(r.sources.size()))
              .arg(QDir::toNativeSeparators(output), count(Kind::Table), count(Kind::Note),
                   count(Kind::Place), count(Kind::Poll), count(Kind::Vote))
          + QLatin1Char('\n'));
    return 0;
}

} // namespace rt::cli
