// SPDX-License-Identifier: GPL-3.0-or-later
// roundtable load JSON FILE
#include "cli/Cli.h"
#include "interchange/Interchange.h"
#include "interchange/SessionBuilder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <cstdio>

namespace rt::cli {

int runLoad(const QStringList& args)
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("rt::cli::Load", text); };
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
    if (!interchange::validate(json, &error))
        return fail(QStringLiteral("%1: %2").arg(source, error));
    if (!interchange::buildSessionFile(files[1], json, &error))
        return fail(error);
    return 0;
}

} // namespace rt::cli
