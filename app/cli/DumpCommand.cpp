// SPDX-License-Identifier: GPL-3.0-or-later
// roundtable dump FILE
#include "cli/Cli.h"
#include "interchange/Interchange.h"
#include "session/Document.h"

#include <QCommandLineParser>

namespace rt::cli {

int runDump(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("the session file (opened read-only)"));
    if (const int status = parseArguments(parser, QStringLiteral("dump"), args); status >= 0)
        return status;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return fail(tr("dump: expected one FILE (usage: roundtable dump FILE)"));
    Document doc;
    if (const SessionError e = doc.open(files.first(), SessionFile::Mode::ReadOnly))
        return fail(e.message);
    printBytes(interchange::dumpText(*doc.store()));
    return 0;
}

} // namespace rt::cli
