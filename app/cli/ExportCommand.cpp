// SPDX-License-Identifier: GPL-3.0-or-later
// roundtable export FILE --format pptx|pdf|md|csv [-o OUT] [--sections LIST]
//                        [--pack summary|progress] [--place NAME] [--since DATE]
#include "cli/ExportCommand.h"

#include "cli/Cli.h"
#include "slides/DeckBuilder.h"
#include "slides/Export.h"
#include "slides/ProgressPack.h"

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
    const QCommandLineOption sectionsOption(QStringLiteral("sections"),
                                            tr("comma-separated parts to include (default all): %1")
                                                .arg(rt::slides::sectionKeys().join(QStringLiteral(", "))),
                                            QStringLiteral("LIST"));
    const QCommandLineOption packOption(
        QStringLiteral("pack"),
        tr("summary (default): the verbatim summary pack; progress: the place "
           "leads' progress update (pptx, pdf or md)"),
        QStringLiteral("PACK"), QStringLiteral("summary"));
    const QCommandLineOption placeOption(QStringLiteral("place"),
                                         tr("progress: only this place (default: every place)"),
                                         QStringLiteral("NAME"));
    const QCommandLineOption sinceOption(QStringLiteral("since"),
                                         tr("progress: what changed since this day, yyyy-MM-dd (default: the "
                                            "event's date)"),
                                         QStringLiteral("DATE"));
    parser.addOptions({formatOption, outOption, sectionsOption, packOption, placeOption, sinceOption});
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
    const QString pack = parser.value(packOption);
    if (pack != QLatin1String("summary") && pack != QLatin1String("progress"))
        return fail(tr("export: --pack must be summary or progress, not \"%1\"").arg(pack));
    if (pack == QLatin1String("progress")) {
        if (parser.isSet(sectionsOption))
            return fail(tr("export: --sections is for the summary pack, not --pack progress"));
        rt::slides::ProgressOptions options;
        if (parser.isSet(placeOption)) {
            options.place = parser.value(placeOption);
            if (options.place.trimmed().isEmpty())
                return fail(tr("export: --place needs a place's name"));
        }
        if (parser.isSet(sinceOption)) {
            const QString since = parser.value(sinceOption);
            options.since = QDate::fromString(since, Qt::ISODate);
            if (!options.since.isValid() || since.size() != 10)
                return fail(tr("export: --since \"%1\" is not a date; use yyyy-MM-dd").arg(since));
        }
        if (!rt::slides::exportProgress(files.first(), format, parser.value(outOption), options, &error,
                                        &written))
            return fail(error);
        for (const QString& w : written)
            print(w + QLatin1Char('\n'));
        return 0;
    }
    if (parser.isSet(placeOption) || parser.isSet(sinceOption))
        return fail(tr("export: --place and --since are for --pack progress"));
    if (!rt::slides::exportSession(files.first(), format, parser.value(outOption), &error, &written,
                                   sections))
        return fail(error);
    for (const QString& w : written)
        print(w + QLatin1Char('\n'));
    return 0;
}

} // namespace rt::cli
