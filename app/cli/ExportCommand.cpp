// SPDX-License-Identifier: GPL-3.0-or-later
// roundtable export FILE --format pptx|pdf|md|csv [-o OUT] [--sections LIST]
#include "cli/ExportCommand.h"

#include "cli/Cli.h"
#include "slides/DeckBuilder.h"
#include "slides/Export.h"

#include <QCommandLineParser>
#include <QSet>

namespace rt::cli {

Command exportCommand()
{
    return {QStringLiteral("export"), QStringLiteral("export FILE --format pptx|pdf|md|csv [-o OUT]"),
            tr("write the verbatim summary pack (see export --help)"), &runExport, true};
}

int runExport(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption formatOption({QStringLiteral("f"), QStringLiteral("format")},
                                          tr("pptx, pdf, md or csv (required; see Formats below)"),
                                          QStringLiteral("FORMAT"));
    const QCommandLineOption outOption({QStringLiteral("o"), QStringLiteral("output")},
                                       tr("output file (default: FILE with the format's extension; for csv "
                                          "a trailing .csv is dropped before -notes.csv / -actions.csv are "
                                          "added)"),
                                       QStringLiteral("OUT"));
    const QCommandLineOption sectionsOption(
        QStringLiteral("sections"),
        tr("comma-separated parts to include (default: those the session's Export page "
           "settings include, in their order): %1")
            .arg(rt::slides::sectionKeys().join(QStringLiteral(", "))),
        QStringLiteral("LIST"));
    parser.addOptions({formatOption, outOption, sectionsOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("the session file (opened read-only)"));
    const QString formats
        = tr("Formats:\n"
             "  pptx  editable slides (PowerPoint, LibreOffice Impress)\n"
             "  pdf   the same slides as a PDF (vector, searchable text)\n"
             "  md    the whole session as Markdown\n"
             "  csv   two spreadsheets: OUT-notes.csv (table, topic, prompt, text, key_point)\n"
             "        and OUT-actions.csv (place, cohort, idea, action, who, by_when, measure);\n"
             "        UTF-8 with BOM, CRLF line ends, RFC 4180 quoting\n");
    if (const int status = parseArguments(parser, QStringLiteral("export"), args, formats); status >= 0)
        return status;

    QSet<QString> sections;
    if (parser.isSet(sectionsOption)) {
        const QStringList list = parser.value(sectionsOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString& s : list) {
            if (!rt::slides::sectionKeys().contains(s.trimmed()))
                return fail(tr("export: unknown section \"%1\"").arg(s));
            sections.insert(s.trimmed());
        }
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return fail(tr("export: which session FILE?"));
    if (files.size() > 1)
        return fail(tr("export: unexpected argument %1").arg(files.at(1)));
    const QString format = parser.value(formatOption);
    if (format.isEmpty())
        return fail(tr("export: --format pptx|pdf|md|csv is required"));
    QString error;
    QStringList written;
    if (!rt::slides::exportSession(files.first(), format, parser.value(outOption), &error, &written,
                                   sections))
        return fail(error);
    for (const QString& w : written)
        print(w + QLatin1Char('\n'));
    return 0;
}

} // namespace rt::cli
