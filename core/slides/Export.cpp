// SPDX-License-Identifier: GPL-3.0-or-later
#include "slides/Export.h"

#include "session/Document.h"
#include "session/OutputFile.h"
#include "slides/DeckBuilder.h"
#include "slides/ProgressPack.h"

#include <QDir>
#include <QFileInfo>

namespace rt::slides {

bool parseFormat(const QString& name, Format* out)
{
    const QString n = name.toLower();
    if (n == QLatin1String("pptx"))
        *out = Format::Pptx;
    else if (n == QLatin1String("pdf"))
        *out = Format::Pdf;
    else if (n == QLatin1String("md") || n == QLatin1String("markdown"))
        *out = Format::Markdown;
    else if (n == QLatin1String("csv"))
        *out = Format::Csv;
    else
        return false;
    return true;
}

QString formatName(Format f)
{
    switch (f) {
    case Format::Pptx:
        return QStringLiteral("pptx");
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Markdown:
        return QStringLiteral("md");
    case Format::Csv:
        return QStringLiteral("csv");
    }
    return {};
}

QString extension(Format f)
{
    return QLatin1Char('.') + formatName(f);
}

QString defaultOutput(const QString& session, Format f)
{
    const QFileInfo fi(session);
    return fi.dir().filePath(fi.completeBaseName() + extension(f));
}

QStringList outputPaths(Format f, const QString& out)
{
    if (f != Format::Csv)
        return {out};
    QString base = out;
    if (base.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        base.chop(4);
    return {base + QStringLiteral("-notes.csv"), base + QStringLiteral("-actions.csv")};
}

bool writeExport(const SessionData& data, const Deck& deck, Format format, const QString& out,
                 const ExportControl& control, QString* error, QStringList* written,
                 const QStringList& inputs)
{
    const QStringList paths = outputPaths(format, out);
    for (const QString& path : paths) {
        if (const QString refusal = files::checkTarget(path, inputs); !refusal.isEmpty()) {
            *error = refusal;
            return false;
        }
    }
    bool ok = false;
    switch (format) {
    case Format::Pptx:
        ok = PptxWriter::write(deck, out, control, error, inputs);
        break;
    case Format::Pdf:
        ok = PdfWriter::write(deck, out, control, error, inputs);
        break;
    case Format::Markdown:
        ok = MarkdownWriter::write(data, out, error, inputs);
        break;
    case Format::Csv:
        // Both files are written in full before either replaces anything.
        ok = files::writeFiles({{paths[0], CsvWriter::notes(data)}, {paths[1], CsvWriter::actions(data)}},
                               inputs, error);
        break;
    }
    if (ok && written)
        *written = paths;
    return ok;
}

bool exportSession(const QString& sessionPath, const QString& format, const QString& out, QString* error,
                   QStringList* written, const QSet<QString>& sections)
{
    Format f;
    if (!parseFormat(format, &f)) {
        *error = QCoreApplication::translate("Export", "unknown format \"%1\": use pptx, pdf, md or csv")
                     .arg(format);
        return false;
    }
    const QString target = out.isEmpty() ? defaultOutput(sessionPath, f) : out;
    // Refused before the session is even read: an export never replaces its input or a session.
    for (const QString& path : outputPaths(f, target)) {
        if (const QString refusal = files::checkTarget(path, {sessionPath}); !refusal.isEmpty()) {
            *error = refusal;
            return false;
        }
    }
    Document doc;
    const SessionError e = doc.open(sessionPath, SessionFile::Mode::ReadOnly);
    if (e) {
        *error = e.message;
        return false;
    }
    const SessionData data = SessionData::load(*doc.store());
    doc.close();
    Deck deck;
    if (f == Format::Pptx || f == Format::Pdf) {
        DeckBuilder b(data);
        b.setSections(sections);
        deck = b.build();
    }
    return writeExport(data, deck, f, target, ExportControl(), error, written, {sessionPath});
}

QString defaultProgressOutput(const QString& session, Format f)
{
    const QFileInfo fi(session);
    return fi.dir().filePath(fi.completeBaseName() + QStringLiteral("-progress") + extension(f));
}

bool exportProgress(const QString& sessionPath, const QString& format, const QString& out,
                    const ProgressOptions& options, QString* error, QStringList* written)
{
    Format f;
    if (!parseFormat(format, &f) || f == Format::Csv) {
        *error = QCoreApplication::translate(
                     "Export", "unknown format \"%1\" for the progress update: use pptx, pdf or md")
                     .arg(format);
        return false;
    }
    const QString target = out.isEmpty() ? defaultProgressOutput(sessionPath, f) : out;
    if (const QString refusal = files::checkTarget(target, {sessionPath}); !refusal.isEmpty()) {
        *error = refusal;
        return false;
    }
    Document doc;
    if (const SessionError e = doc.open(sessionPath, SessionFile::Mode::ReadOnly)) {
        *error = e.message;
        return false;
    }
    const SessionData data = SessionData::load(*doc.store());
    doc.close();
    if (const QString problem = ProgressBuilder::check(data, options); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    bool ok = false;
    if (f == Format::Markdown) {
        ok = saveBytes(ProgressBuilder::markdown(data, options).toUtf8(), target, error, {sessionPath});
    } else {
        const Deck deck = ProgressBuilder(data, options).build();
        ok = f == Format::Pptx ? PptxWriter::write(deck, target, ExportControl(), error, {sessionPath})
                               : PdfWriter::write(deck, target, ExportControl(), error, {sessionPath});
    }
    if (ok && written)
        *written = {target};
    return ok;
}

} // namespace rt::slides
