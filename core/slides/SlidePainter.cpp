// SPDX-License-Identifier: GPL-3.0-or-later
#include "slides/SlidePainter.h"

#include "slides/TextLayout.h"
#include "slides/Theme.h"
#include "slides/charts/BarChart.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

namespace rt::slides {

void SlidePainter::drawParagraphs(QPainter& p, const QRectF& box, double inset, const QList<Paragraph>& ps,
                                  double pt, const QColor& color, Qt::Alignment align, bool bold)
{
    const double wrapW = text::wrapWidth(box.width(), inset);
    const double innerW = box.width() - 2 * inset;
    const double lh = text::lineHeight(pt);
    QList<Paragraph> paras = ps;
    if (bold) {
        for (Paragraph& para : paras)
            para.bold = true;
    }
    const double total = text::height(paras, wrapW, pt);
    double y = box.top() + inset;
    if (align & Qt::AlignVCenter)
        y = box.top() + (box.height() - total) / 2;
    else if (align & Qt::AlignBottom)
        y = box.bottom() - inset - total;
    p.setPen(color);
    for (const Paragraph& para : paras) {
        const QFont f = text::font(pt, para.bold);
        const QFontMetricsF fm(f);
        const double levelIndent = para.level * text::bulletIndent(pt);
        const double indent = levelIndent + (para.bullet.isEmpty() ? 0.0 : text::bulletIndent(pt));
        QString t = para.text;
        t.replace(QLatin1Char('\n'), QChar::LineSeparator);
        QTextLayout layout(t, f);
        QTextOption opt;
        opt.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        opt.setTextDirection(para.rtl ? Qt::RightToLeft : Qt::LeftToRight);
        opt.setAlignment(Qt::AlignLeft | Qt::AlignAbsolute);
        layout.setTextOption(opt);
        const double lineW = std::max(20.0, wrapW - indent);
        layout.beginLayout();
        double ly = y;
        for (QTextLine l = layout.createLine(); l.isValid(); l = layout.createLine()) {
            l.setLineWidth(lineW);
            const double nw = l.naturalTextWidth();
            double x;
            if (para.rtl)
                x = box.right() - inset - indent - nw;
            else if (align & Qt::AlignHCenter)
                x = box.left() + inset + (innerW - nw) / 2;
            else if (align & Qt::AlignRight)
                x = box.right() - inset - nw;
            else
                x = box.left() + inset + indent;
            l.setPosition(QPointF(x, ly));
            ly += lh;
        }
        layout.endLayout();
        // Line by line: QTextLayout::draw() of a whole right-to-left layout can leave the PDF
        // engine's text position off for the next text drawn (seen with Qt 6.4).
        for (int i = 0; i < layout.lineCount(); ++i)
            layout.lineAt(i).draw(&p, QPointF(0, 0));
        if (!para.bullet.isEmpty() && !para.continued && !t.isEmpty()) {
            p.setFont(f);
            const double bw = fm.horizontalAdvance(para.bullet);
            const double bx
                = para.rtl ? box.right() - inset - levelIndent - bw : box.left() + inset + levelIndent;
            p.drawText(QPointF(bx, y + fm.ascent()), para.bullet);
        }
        y += (t.isEmpty() ? 1 : layout.lineCount()) * lh + text::paragraphGap(pt);
    }
}

void SlidePainter::paintElement(QPainter& p, const Element& e)
{
    switch (e.type) {
    case Element::Text:
    case Element::Shape: {
        p.save();
        QRectF r = e.rect;
        if (e.rotation != 0) {
            p.translate(r.center());
            p.rotate(e.rotation);
            r = QRectF(-r.width() / 2, -r.height() / 2, r.width(), r.height());
        }
        if (e.fill.isValid())
            p.fillRect(r, e.fill);
        if (e.line.isValid()) {
            p.setPen(QPen(e.line, e.lineWidth));
            p.setBrush(Qt::NoBrush);
            p.drawRect(r);
        }
        if (!e.paragraphs.isEmpty())
            drawParagraphs(p, r, e.inset, e.paragraphs, e.sizePt, e.color, e.align);
        p.restore();
        break;
    }
    case Element::Line:
        p.setPen(QPen(e.line, e.lineWidth));
        p.drawLine(e.p1(), e.p2());
        break;
    case Element::Table: {
        double y = e.rect.top();
        for (int r = 0; r < e.cells.size(); ++r) {
            const double h = r < e.rowHeights.size() ? e.rowHeights[r] : 40;
            double x = e.rect.left();
            for (int c = 0; c < e.cells[r].size() && c < e.columnWidths.size(); ++c) {
                const Cell& cell = e.cells[r][c];
                const QRectF cr(x, y, e.columnWidths[c], h);
                if (cell.fill.isValid())
                    p.fillRect(cr, cell.fill);
                drawParagraphs(p, cr, e.inset, cell.paragraphs, e.sizePt, cell.color,
                               Qt::AlignLeft | Qt::AlignTop, cell.bold);
                x += e.columnWidths[c];
            }
            y += h;
        }
        // Grid on top of the fills.
        p.setPen(QPen(theme::rule(), 1.5));
        y = e.rect.top();
        for (int r = 0; r <= e.cells.size(); ++r) {
            p.drawLine(QPointF(e.rect.left(), y), QPointF(e.rect.right(), y));
            if (r < e.rowHeights.size())
                y += e.rowHeights[r];
        }
        double x = e.rect.left();
        for (int c = 0; c <= e.columnWidths.size(); ++c) {
            p.drawLine(QPointF(x, e.rect.top()), QPointF(x, y));
            if (c < e.columnWidths.size())
                x += e.columnWidths[c];
        }
        break;
    }
    case Element::Chart:
        charts::paint(p, e.rect, e.chart, e.sizePt);
        break;
    case Element::Image:
        p.drawImage(e.rect, e.image);
        break;
    }
}

void SlidePainter::paint(QPainter& p, const Slide& slide, const QRectF& target)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.translate(target.topLeft());
    p.scale(target.width() / SlideWidth, target.height() / SlideHeight);
    p.setClipRect(QRectF(0, 0, SlideWidth, SlideHeight));
    p.fillRect(QRectF(0, 0, SlideWidth, SlideHeight), Qt::white);
    for (const Element& e : slide.elements)
        paintElement(p, e);
    p.restore();
}

QImage SlidePainter::image(const Slide& slide, int width)
{
    const int height = int(width * SlideHeight / SlideWidth + 0.5);
    QImage img(width, height, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::white);
    QPainter p(&img);
    paint(p, slide, QRectF(0, 0, width, height));
    p.end();
    return img;
}

} // namespace rt::slides
