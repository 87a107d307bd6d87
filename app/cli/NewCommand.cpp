// SPDX-License-Identifier: GPL-3.0-or-later
// roundtable new [--template NAME] FILE
#include "cli/Cli.h"
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
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("the session file to create; it must not exist"));
    if (const int status = parseArguments(parser, QStringLiteral("new"), args); status >= 0)
        return status;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return fail(tr("new: expected one FILE (usage: roundtable new [--template NAME] FILE)"));

    const QString name = parser.value(templateOption);
    const QByteArray text = Templates::json(name);
    if (text.isEmpty())
        return fail(tr("there is no template \"%1\"; `roundtable templates` lists them").arg(name));
    QJsonObject json;
    QString error;
    if (!interchange::parse(text, &json, &error))
        return fail(tr("the built-in template %1 is broken: %2").arg(name, error));
    if (!interchange::buildSessionFile(files.first(), json, &error))
        return fail(error);
    return 0;
}

} // namespace rt::cli
