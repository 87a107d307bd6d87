// SPDX-License-Identifier: GPL-3.0-or-later
// roundtable templates
#include "cli/Cli.h"
#include "interchange/Templates.h"

#include <QCommandLineParser>

namespace rt::cli {

int runTemplates(const QStringList& args)
{
    QCommandLineParser parser;
    if (const int status = parseArguments(parser, QStringLiteral("templates"), args); status >= 0)
        return status;
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("templates: takes no arguments"));
    const QList<Templates::Listing> list = Templates::listing();
    int width = 0;
    for (const Templates::Listing& t : list)
        width = qMax(width, int(t.name.size()));
    QString out;
    for (const Templates::Listing& t : list)
        out += QStringLiteral("%1  %2").arg(t.name, -width).arg(t.summary).trimmed() + QLatin1Char('\n');
    print(out);
    return 0;
}

} // namespace rt::cli
