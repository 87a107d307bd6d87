// SPDX-License-Identifier: GPL-3.0-or-later
#include "slides/SlidePainter.h"
#include "slides/Writers.h"

#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace rt::slides {

bool PdfWriter::write(const Deck& deck, const QString& path, const ExportControl& control, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QSizeF(960, 540), QPageSize::Point, QStringLiteral("Slide 16:9")));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(144); // the page is 1920 × 1080 device units: one per slide unit
        pdf.setTitle(deck.title);
        pdf.setCreator(QStringLiteral("Roundtable"));
        QPainter painter;
        if (!painter.begin(&pdf)) {
            *error = tr("Cannot start a PDF in %1").arg(path);
            return false;
        }
        const int n = int(deck.slides.size());
        for (int i = 0; i < n; ++i) {
            if (control.cancelled()) {
                painter.end();
                file.cancelWriting();
                *error = tr("Export cancelled.");
                return false;
            }
            if (i > 0)
                pdf.newPage();
            SlidePainter::paint(painter, deck.slides[i], QRectF(0, 0, SlideWidth, SlideHeight));
            control.report(i + 1, n);
        }
        painter.end();
    }
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool saveBytes(const QByteArray& bytes, const QString& path, QString* error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        *error = QCoreApplication::translate("Export", "Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace rt::slides
