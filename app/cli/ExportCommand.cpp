// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ExportCommand.h"

#include "cli/Cli.h"
#include "slides/DeckBuilder.h"
#include "slides/Export.h"

#include <QCoreApplication>

namespace rt::cli {

QString exportHelp()
{
    return QCoreApplication::translate(
        "ExportCommand",
        "Usage: roundtable export FILE --format pptx|pdf|md|csv [-o OUT]\n"
        "Writes the verbatim summary pack of session FILE.\n"
        "  --format pptx   editable slides (PowerPoint, LibreOffice Impress)\n"
        "  --format pdf    the same slides as a PDF (vector, searchable text)\n"
        "  --format md     the whole session as Markdown\n"
        "  --format csv    two spreadsheets: OUT-notes.csv (table, topic, prompt, text, key_point)\n"
        "                  and OUT-actions.csv (place, cohort, idea, action, who, by_when, measure);\n"
        "                  UTF-8 with BOM, CRLF line ends, RFC 4180 quoting\n"
        "  -o OUT          output file (default: FILE with the format's extension; for csv a\n"
        "                  trailing .csv is dropped before -notes.csv / -actions.csv are added)\n"
        "  --sections LIST comma-separated parts to include (default all): intro, tables, polls,\n"
        "                  places, datapack, feedback\n");
}

Command exportCommand()
{
    return {
        QStringLiteral("export"), QStringLiteral("export FILE --format pptx|pdf|md|csv [-o OUT]"),
        QCoreApplication::translate("ExportCommand", "write the verbatim summary pack (see export --help)"),
        &runExport, true};
}

int runExport(const QStringList& args)
{
    QString file, format, out;
    QSet<QString> sections;
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        const auto value = [&](QString* v) {
            if (i + 1 >= args.size())
                return false;
            *v = args[++i];
            return true;
        };
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            print(exportHelp());
            return 0;
        } else if (a == QLatin1String("--format") || a == QLatin1String("-f")) {
            if (!value(&format))
                return fail(QCoreApplication::translate("ExportCommand", "export: --format needs a value"));
        } else if (a.startsWith(QLatin1String("--format="))) {
            format = a.mid(9);
        } else if (a == QLatin1String("-o") || a == QLatin1String("--output")) {
            if (!value(&out))
                return fail(QCoreApplication::translate("ExportCommand", "export: -o needs a file name"));
        } else if (a == QLatin1String("--sections")) {
            QString list;
            if (!value(&list))
                return fail(QCoreApplication::translate("ExportCommand", "export: --sections needs a list"));
            for (const QString& s : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (!rt::slides::sectionKeys().contains(s.trimmed()))
                    return fail(QCoreApplication::translate("ExportCommand", "export: unknown section \"%1\"")
                                    .arg(s));
                sections.insert(s.trimmed());
            }
        } else if (a.startsWith(QLatin1Char('-'))) {
            return fail(QCoreApplication::translate("ExportCommand", "export: unknown option %1").arg(a));
        } else if (file.isEmpty()) {
            file = a;
        } else {
            return fail(
                QCoreApplication::translate("ExportCommand", "export: unexpected argument %1").arg(a));
        }
    }
    if (file.isEmpty())
        return fail(QCoreApplication::translate("ExportCommand", "export: which session FILE?"));
    if (format.isEmpty())
        return fail(
            QCoreApplication::translate("ExportCommand", "export: --format pptx|pdf|md|csv is required"));
    QString error;
    QStringList written;
    if (!rt::slides::exportSession(file, format, out, &error, &written, sections))
        return fail(error);
    for (const QString& w : written)
        print(w + QLatin1Char('\n'));
    return 0;
}

} // namespace rt::cli
