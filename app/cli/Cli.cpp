// SPDX-License-Identifier: GPL-3.0-or-later
// Placeholder dispatcher; the command-line issue replaces it with the full QCommandLineParser front.
#include "cli/Cli.h"
#include "cli/ExportCommand.h"

#include <QFile>
#include <cstdio>

namespace rt::cli {

const QList<Command>& commands()
{
    static const QList<Command> list = {
        // one line per sub-command, e.g. {QStringLiteral("info"), …, &runInfo},
        exportCommand(),
    };
    return list;
}

bool isCommandLine(int argc, char** argv)
{
    if (argc < 2)
        return false;
    const QString first = QString::fromLocal8Bit(argv[1]);
    if (first.startsWith(QLatin1Char('-')))
        return first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("--version");
    for (const Command& c : commands()) {
        if (c.name == first)
            return true;
    }
    return false;
}

int run(int argc, char** argv)
{
    Q_UNUSED(argc)
    Q_UNUSED(argv)
    return fail(QStringLiteral("not implemented yet"));
}

int fail(const QString& message)
{
    std::fputs(qPrintable(QStringLiteral("roundtable: %1\n").arg(message)), stderr);
    return 1;
}

void print(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

} // namespace rt::cli
