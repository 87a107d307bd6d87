// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/OutputFile.h"
#include "slides/SlidePainter.h"
#include "slides/Writers.h"

#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace rt::slides {

bool PdfWriter::write(const Deck& deck, const QString& path, const ExportControl& control, QString* error,
                      const QStringList& inputs)
{
    files::SafeOutput out(path, inputs);
    if (!out.open()) {
        *error = out.errorString();
        return false;
    }
    {
        QPdfWriter pdf(out.device());
        pdf.setPageSize(QPageSize(QSizeF(960, 540), QPageSize::Point, QStringLiteral("Slide 16:9")));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(144); // the page is 1920 × 1080 device units: one per slide unit
        pdf.setTitle(deck.title);
        pdf.setCreator(QStringLiteral("Roundtable"));
        QPainter painter;
        if (!painter.begin(&pdf)) {
            out.cancel();
            *error = out.failed() ? out.errorString() : tr("Cannot start a PDF in %1").arg(path);
            return false;
        }
        const int n = int(deck.slides.size());
        for (int i = 0; i < n; ++i) {
            if (control.cancelled() || out.failed()) {
                painter.end();
                const bool cancelled = !out.failed();
                out.cancel();
                *error = cancelled ? tr("Export cancelled.") : out.errorString();
                return false;
            }
            if (i > 0)
                pdf.newPage();
            SlidePainter::paint(painter, deck.slides[i], QRectF(0, 0, SlideWidth, SlideHeight));
            control.report(i + 1, n);
        }
        painter.end();
    }
    if (!out.commit()) {
        *error = out.errorString();
        return false;
    }
    return true;
}

bool saveBytes(const QByteArray& bytes, const QString& path, QString* error, const QStringList& inputs)
{
    return files::writeFile(path, bytes, inputs, error);
}

} // namespace rt::slides
