// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "slides/Deck.h"
#include "slides/PackLanguage.h"
#include "slides/SessionData.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace rt::slides {

/** Progress for long writes: called with (done, total); @p cancel, when set, stops the write
 *  between slides and leaves no file behind (every output goes through files::SafeOutput). */
struct ExportControl
{
    std::function<void(int done, int total)> progress;
    const std::atomic_bool* cancel = nullptr;

    bool cancelled() const { return cancel && cancel->load(); }
    void report(int done, int total) const
    {
        if (progress)
            progress(done, total);
    }
};

/** PDF: one 960 × 540 pt page per slide at 144 dpi, vector text with embedded fonts. */
class PdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(PdfWriter)
public:
    /** Writes @p path through files::SafeOutput; it must not be any of @p inputs. */
    static bool write(const Deck& deck, const QString& path, const ExportControl& control, QString* error,
                      const QStringList& inputs = {});
};

/** PPTX: PresentationML written with QXmlStreamWriter into a QuaZip archive. Text boxes,
 *  tables and PICK notes are native, editable shapes; charts are pictures with alt text. */
class PptxWriter
{
    Q_DECLARE_TR_FUNCTIONS(PptxWriter)
public:
    static bool write(const Deck& deck, const QString& path, const ExportControl& control, QString* error,
                      const QStringList& inputs = {});
};

/** Markdown: the whole session, unsplit, with headings, lists and tables ('|' escaped); its
 *  fixed labels in the event's language (PackLanguage). */
class MarkdownWriter
{
#ifdef RT_LUPDATE_SEES_THIS // never defined: lupdate reads both branches and takes the context
    Q_DECLARE_TR_FUNCTIONS(MarkdownWriter)
#else
    RT_PACK_TR_FUNCTIONS(MarkdownWriter) // tr() in the pack's language (PackLanguage)
#endif
public:
    static QString markdown(const SessionData& data);
    static bool write(const SessionData& data, const QString& path, QString* error,
                      const QStringList& inputs = {});
};

/** CSV for spreadsheets: UTF-8 with a BOM, CRLF, RFC 4180 quoting. */
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)
public:
    /** table, topic, prompt, text, key_point */
    static QByteArray notes(const SessionData& data);
    /** place, cohort, idea, action, who, by_when, measure */
    static QByteArray actions(const SessionData& data);
    static QString field(const QString& value);
    static bool write(const QByteArray& bytes, const QString& path, QString* error,
                      const QStringList& inputs = {});
};

/** Writes @p bytes atomically through files::SafeOutput; @p path must not be any of @p inputs. */
bool saveBytes(const QByteArray& bytes, const QString& path, QString* error, const QStringList& inputs = {});

} // namespace rt::slides
