// SPDX-License-Identifier: GPL-3.0-or-later
// roundtable load JSON FILE
#include "cli/Cli.h"
#include "interchange/Interchange.h"
#include "interchange/SessionBuilder.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <cstdio>

namespace rt::cli {

namespace {
constexpr qsizetype MaxWarnings = 20; // then "and N more": the first ones show what is wrong

void warn(const QString& message)
{
    QString line = message; // one line each, whatever a key holds
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    line.replace(QLatin1Char('\r'), QLatin1Char(' '));
    const QByteArray bytes = QStringLiteral("roundtable: %1\n").arg(line).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}
} // namespace

int runLoad(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("JSON"),
                                 tr("interchange JSON file, or - for standard input"));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("the session file to build; it must not exist"));
    if (const int status = parseArguments(parser, QStringLiteral("load"), args); status >= 0)
        return status;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 2)
        return fail(tr("load: expected JSON and FILE (usage: roundtable load JSON FILE)"));

    const bool fromStdin = files[0] == QLatin1String("-");
    const QString source = fromStdin ? tr("standard input") : QDir::toNativeSeparators(files[0]);
    QFile in;
    const bool opened = fromStdin ? in.open(stdin, QIODevice::ReadOnly)
                                  : (in.setFileName(files[0]), in.open(QIODevice::ReadOnly));
    if (!opened)
        return fail(tr("%1 cannot be read: %2").arg(source, in.errorString()));
    const QByteArray text = in.readAll();
    QJsonObject json;
    QString error;
    if (!interchange::parse(text, &json, &error))
        return fail(QStringLiteral("%1: %2").arg(source, error));
    QStringList warnings;
    if (!interchange::validate(json, &error, &warnings))
        return fail(QStringLiteral("%1: %2").arg(source, error));
    if (!interchange::buildSessionFile(files[1], json, &error))
        return fail(error);
    // Loaded: now say what was left out, so a misspelt key is not lost in silence.
    for (qsizetype i = 0; i < qMin(warnings.size(), MaxWarnings); ++i)
        warn(tr("warning: %1").arg(warnings.at(i)));
    if (warnings.size() > MaxWarnings)
        warn(tr("warning: and %n more", nullptr, int(warnings.size() - MaxWarnings)));
    return 0;
}

} // namespace rt::cli
