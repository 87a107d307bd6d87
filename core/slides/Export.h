// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "slides/Writers.h"

namespace rt {
class Store;
}

namespace rt::slides {

enum class Format { Pptx, Pdf, Markdown, Csv };

bool parseFormat(const QString& name, Format* out);
QString formatName(Format f);
QString extension(Format f);
/** The files an export to @p out writes: one, or for CSV `<base>-notes.csv` and `<base>-actions.csv`. */
QStringList outputPaths(Format f, const QString& out);
/** @p session with its extension replaced by the format's. */
QString defaultOutput(const QString& session, Format f);

/**
 * Writes @p data / @p deck in @p format. Safe on any thread; never leaves a half-written file.
 * Every output goes through files::SafeOutput: none may be one of @p inputs (the session the pack
 * came from), an open session, or any session file. CSV writes both files before committing either.
 */
bool writeExport(const SessionData& data, const Deck& deck, Format format, const QString& out,
                 const ExportControl& control, QString* error, QStringList* written = nullptr,
                 const QStringList& inputs = {});

/**
 * The `export` command as a function: opens @p sessionPath read-only, builds the pack and
 * writes it. @p out empty: beside the session. The output never replaces the session itself (by
 * name, hard link or symlink) nor any other session. Needs a QGuiApplication (fonts).
 */
bool exportSession(const QString& sessionPath, const QString& format, const QString& out, QString* error,
                   QStringList* written = nullptr, const QSet<QString>& sections = {});

struct ProgressOptions;
/** Where the progress update goes by default: beside the session, "<name>-progress.<ext>". */
QString defaultProgressOutput(const QString& session, Format f);
/**
 * The place leads' progress update (ProgressBuilder) of @p sessionPath as pptx, pdf or md, as
 * exportSession() writes the summary pack: read-only, never over the session or any session, all
 * or nothing. A bad @p options.place is refused with a line naming --place.
 */
bool exportProgress(const QString& sessionPath, const QString& format, const QString& out,
                    const ProgressOptions& options, QString* error, QStringList* written = nullptr);
} // namespace rt::slides
