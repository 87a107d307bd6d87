// SPDX-License-Identifier: GPL-3.0-or-later
// roundtable new [--template NAME | --from PREVIOUS] FILE
#include "cli/Cli.h"
#include "interchange/CarryForward.h"
#include "interchange/Interchange.h"
#include "interchange/SessionBuilder.h"
#include "interchange/Templates.h"

#include <QCommandLineParser>

namespace rt::cli {

int runNew(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption templateOption({QStringLiteral("t"), QStringLiteral("template")},
                                            tr("the template to start from (see `roundtable templates`)"),
                                            QStringLiteral("NAME"), QStringLiteral("blank"));
    parser.addOption(templateOption);
    const QCommandLineOption fromOption(
        QStringLiteral("from"),
        tr("start from the last event's session: its places, aims, driver diagrams, open actions with "
           "their progress, prompts and data pack (tables, notes, ideas and polls start fresh)"),
        QStringLiteral("PREVIOUS"));
    parser.addOption(fromOption);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("the session file to create; it must not exist"));
    if (const int status = parseArguments(parser, QStringLiteral("new"), args); status >= 0)
        return status;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return fail(
            tr("new: expected one FILE (usage: roundtable new [--template NAME | --from PREVIOUS] FILE)"));
    QString error;
    if (parser.isSet(fromOption)) {
        if (parser.isSet(templateOption))
            return fail(tr("new: --from and --template cannot be used together"));
        if (!interchange::carryForwardFile(parser.value(fromOption), files.first(), &error))
            return fail(error);
        return 0;
    }

    const QString name = parser.value(templateOption);
    const QByteArray text = Templates::json(name);
    if (text.isEmpty())
        return fail(tr("there is no template \"%1\"; `roundtable templates` lists them").arg(name));
    QJsonObject json;
    if (!interchange::parse(text, &json, &error))
        return fail(tr("the built-in template %1 is broken: %2").arg(name, error));
    if (!interchange::buildSessionFile(files.first(), json, &error))
        return fail(error);
    return 0;
}

} // namespace rt::cli
