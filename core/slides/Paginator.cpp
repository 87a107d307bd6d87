// SPDX-License-Identifier: GPL-3.0-or-later
#include "slides/Paginator.h"

#include "slides/SlideElements.h"
#include "slides/TextLayout.h"
#include "slides/Theme.h"

#include <algorithm>

namespace rt::slides {

using namespace theme;
using namespace elements;

namespace {

constexpr double NotePt[] = {16, 14, 12};
constexpr double CellInset = 8;

/** text::flow into as few pages as at @p pageHeight, but each filled about evenly: the least
 *  height that needs no more pages (so a column goes on 60/40, never 95/5). */
QList<QList<Paragraph>> balancedFlow(const QList<Paragraph>& ps, const QList<QList<text::Line>>& lines,
                                     double pageHeight, double pt)
{
    QList<QList<Paragraph>> pages = text::flow(ps, lines, pageHeight, pt);
    if (pages.size() <= 1)
        return pages;
    const qsizetype count = pages.size();
    double lo = pageHeight / double(count), hi = pageHeight;
    for (int i = 0; i < 12 && hi - lo > text::lineHeight(pt) / 2; ++i) {
        const double mid = (lo + hi) / 2;
        auto trial = text::flow(ps, lines, mid, pt);
        if (trial.size() <= count) {
            hi = mid;
            pages = std::move(trial);
        } else {
            lo = mid;
        }
    }
    return pages;
}

} // namespace

Slide& Paginator::newSlide(const QString& title, const QString& section)
{
    Slide s;
    s.kind = Slide::Content;
    s.title = text::clean(title);
    s.section = section;
    // A long title steps down in size until it fits its band (never below the minimum).
    const QRectF band(Margin, 40, W - 2 * Margin, 110);
    double pt = 28;
    while (pt > MinTextPt
           && text::height(plain(s.title, true), textWidth(band.width()), pt) > band.height() - 16)
        pt -= 2;
    Element t = textBox(band, plain(s.title, true), pt, accent(), Qt::AlignLeft | Qt::AlignVCenter);
    t.name = QStringLiteral("Title");
    s.elements.append(t);
    s.elements.append(rectShape(QRectF(Margin, 152, W - 2 * Margin, 4), accent()));
    m_deck.slides.append(s);
    return m_deck.slides.last();
}

void Paginator::sectionSlide(const QString& title, const QString& subtitle, const QString& section)
{
    Slide s;
    s.kind = Slide::Section;
    s.title = text::clean(title);
    s.subtitle = text::clean(subtitle);
    s.section = section;
    s.elements.append(rectShape(QRectF(0, 0, W, H), accent()));
    Element t = textBox(QRectF(Margin * 2, 330, W - 4 * Margin, 240), plain(s.title, true), 40, white(),
                        Qt::AlignLeft | Qt::AlignBottom);
    t.name = QStringLiteral("Title");
    s.elements.append(t);
    if (!s.subtitle.isEmpty())
        s.elements.append(
            textBox(QRectF(Margin * 2, 590, W - 4 * Margin, 390), plain(s.subtitle), 22, white()));
    m_deck.slides.append(s);
}

int Paginator::addItem(const QString& kind, const QString& t)
{
    m_deck.items.append({kind, text::clean(t)});
    return int(m_deck.items.size()) - 1;
}

Paragraph Paginator::itemParagraph(const QString& kind, const QString& raw, const QString& bullet, bool bold)
{
    Paragraph p = text::paragraph(raw, bullet, bold);
    p.itemId = addItem(kind, raw);
    return p;
}

void Paginator::flowSlides(const QString& title, const QString& section, const QList<Paragraph>& ps,
                           double pt, const QString& intro)
{
    double top = ContentTop;
    QList<Paragraph> introPs;
    double introH = 0;
    const double boxW = W - 2 * Margin;
    if (!intro.isEmpty()) {
        introPs = plain(intro, true);
        introH = text::height(introPs, textWidth(boxW), pt) + 24;
    }
    QList<QList<text::Line>> lines;
    for (const Paragraph& p : ps)
        lines.append(text::lines(p, textWidth(boxW), pt));
    const auto pages = balancedFlow(ps, lines, ContentBottom - top - introH - 16, pt);
    for (int i = 0; i < pages.size(); ++i) {
        const QString t
            = pages.size() > 1 ? QStringLiteral("%1 %2/%3").arg(title).arg(i + 1).arg(pages.size()) : title;
        Slide& s = newSlide(t, section);
        double y = top;
        if (!introPs.isEmpty()) {
            s.elements.append(textBox(QRectF(Margin, y, boxW, introH), introPs, pt));
            y += introH;
        }
        s.elements.append(textBox(QRectF(Margin, y, boxW, ContentBottom - y), pages[i], pt));
    }
}

void Paginator::columnSlides(const QString& title, const QString& section, const QStringList& headers,
                             const QList<QList<Paragraph>>& columns, const QString& legend)
{
    const int n = std::max<int>(1, int(columns.size()));
    const double gap = 30;
    const double colW = (W - 2 * Margin - gap * (n - 1)) / n;
    const double headPt = 16;
    double headH = 0;
    for (const QString& h : headers)
        headH = std::max(headH, text::height(plain(h, true), textWidth(colW, 12), headPt));
    headH += 24;
    const double legendH = legend.isEmpty() ? 0 : text::lineHeight(12) + 12;
    const double bodyTop = ContentTop + headH + 10;
    const double bodyH = ContentBottom - legendH - bodyTop - 16;
    // The largest size at which every column fits one slide; else 12 pt over several slides.
    double pt = NotePt[2];
    QList<QList<QList<Paragraph>>> pages;
    // What does not fit one slide at the smallest size goes over several at it: no need to try
    // the larger sizes (a long column is laid out once less each).
    // Each column's lines at the smallest size, found once: a long column is laid out only once.
    QList<QList<QList<text::Line>>> smallest;
    bool oneAtSmallest = true;
    for (const auto& c : columns) {
        smallest.append(QList<QList<text::Line>>());
        double h = 0;
        for (int i = 0; i < c.size(); ++i) {
            smallest.last().append(text::lines(c[i], textWidth(colW), NotePt[2]));
            h += double(smallest.last().last().size()) * text::lineHeight(NotePt[2])
                + (i + 1 < c.size() ? text::paragraphGap(NotePt[2]) : 0.0);
        }
        oneAtSmallest = oneAtSmallest && h <= bodyH;
    }
    for (double size : NotePt) {
        if (!oneAtSmallest && size != NotePt[2])
            continue;
        pages.clear();
        int most = 1;
        for (int c = 0; c < columns.size(); ++c) {
            pages.append(size == NotePt[2] ? text::flow(columns[c], smallest[c], bodyH, size)
                                           : text::flow(columns[c], textWidth(colW), bodyH, size));
            most = std::max<int>(most, int(pages.last().size()));
        }
        pt = size;
        if (most == 1)
            break;
    }
    int count = 1;
    for (const auto& p : pages)
        count = std::max<int>(count, int(p.size()));
    if (count > 1) {
        // Even slides: each column at the least height that keeps to the same number of slides.
        for (int c = 0; c < columns.size(); ++c)
            pages[c] = balancedFlow(columns[c], smallest[c], bodyH, pt);
        int again = 1;
        for (const auto& p : pages)
            again = std::max<int>(again, int(p.size()));
        count = again;
    }
    for (int k = 0; k < count; ++k) {
        const QString t = count > 1 ? QStringLiteral("%1 %2/%3").arg(title).arg(k + 1).arg(count) : title;
        Slide& s = newSlide(t, section);
        for (int c = 0; c < n; ++c) {
            const double x = Margin + c * (colW + gap);
            const bool has = c < pages.size() && k < pages[c].size() && !pages[c][k].isEmpty();
            Element head = rectShape(QRectF(x, ContentTop, colW, headH), accent(),
                                     plain(c < headers.size() ? headers[c] : QString(), true), headPt);
            head.inset = 12;
            head.name = QStringLiteral("Heading");
            if (!has && k > 0)
                head.fill = accentLight(), head.color = theme::text();
            s.elements.append(head);
            Element body = textBox(QRectF(x, bodyTop, colW, ContentBottom - legendH - bodyTop),
                                   has ? pages[c][k] : QList<Paragraph>(), pt);
            body.name = QStringLiteral("Column");
            if (has)
                s.elements.append(body);
        }
        if (!legend.isEmpty())
            s.elements.append(textBox(QRectF(Margin, ContentBottom - legendH, W - 2 * Margin, legendH),
                                      plain(legend), 12, muted()));
    }
}

void Paginator::tableSlides(const QString& title, const QString& section, const QString& intro,
                            const QList<Cell>& header, const QList<QList<Cell>>& rows,
                            const QList<double>& fractions, double pt, bool groupFirstColumn)
{
    const double tableW = W - 2 * Margin;
    QList<double> widths;
    for (double f : fractions)
        widths << tableW * f;
    const auto cellW = [&](int c) { return textWidth(widths[c], CellInset); };
    const auto rowHeight = [&](const QList<Cell>& r) {
        double h = 0;
        for (int c = 0; c < r.size() && c < widths.size(); ++c)
            h = std::max(h, text::height(r[c].paragraphs, cellW(c), pt));
        return h + 2 * CellInset + 6;
    };
    double top = ContentTop;
    QList<Paragraph> introPs;
    double introH = 0;
    if (!intro.isEmpty()) {
        introPs = plain(intro);
        introH = text::height(introPs, textWidth(tableW), 14) + 20;
    }
    const double headH = rowHeight(header);
    const double avail = ContentBottom - top - introH - headH - 10;

    // Rows too tall for a whole slide are cut between lines into continuation rows.
    QList<QList<Cell>> pieces;
    for (const auto& r : rows) {
        if (rowHeight(r) <= avail) {
            pieces.append(r);
            continue;
        }
        QList<QList<QList<Paragraph>>> split;
        int most = 1;
        for (int c = 0; c < r.size(); ++c) {
            split.append(text::flow(r[c].paragraphs, cellW(c), avail - 2 * CellInset - 6, pt));
            most = std::max<int>(most, int(split.last().size()));
        }
        for (int k = 0; k < most; ++k) {
            QList<Cell> piece = r;
            for (int c = 0; c < r.size(); ++c)
                piece[c].paragraphs = k < split[c].size() ? split[c][k] : QList<Paragraph>();
            // Say where a continued row came from when its first cell has nothing left: the
            // row's label again (not a captured item: it was shown whole on the row's first piece).
            if (k > 0 && !piece.isEmpty() && piece[0].paragraphs.isEmpty()) {
                QString label;
                for (const Paragraph& p : r[0].paragraphs)
                    label += p.text;
                piece[0].paragraphs
                    = plain(label.trimmed().isEmpty() ? tr("(continued)")
                                                      : tr("%1 (continued)").arg(label.left(200)));
            }
            pieces.append(piece);
        }
    }
    // A first-column label the same as the row above's takes no room but at the top of a slide.
    const auto labelOf = [&](int i) {
        return groupFirstColumn && i >= 0 && !pieces[i].isEmpty() && !pieces[i][0].paragraphs.isEmpty()
            ? pieces[i][0].paragraphs.first().text
            : QString();
    };
    QList<double> full, grouped;
    for (int i = 0; i < pieces.size(); ++i) {
        full << rowHeight(pieces[i]);
        QList<Cell> r = pieces[i];
        if (i > 0 && !labelOf(i).isEmpty() && labelOf(i) == labelOf(i - 1))
            r[0].paragraphs.clear();
        grouped << rowHeight(r);
    }
    const auto pack = [&](double room) {
        QList<QList<QList<Cell>>> pages(1);
        double used = 0;
        for (int i = 0; i < pieces.size(); ++i) {
            const double h = pages.last().isEmpty() ? full[i] : grouped[i];
            if (used + h > room && !pages.last().isEmpty()) {
                pages.append(QList<QList<Cell>>());
                used = full[i];
            } else {
                used += h;
            }
            pages.last().append(pieces[i]);
        }
        return pages;
    };
    QList<QList<QList<Cell>>> pages = pack(avail);
    if (pages.size() > 1) {
        // Even slides: the least height that needs no more slides.
        const qsizetype count = pages.size();
        double lo = avail / double(count), hi = avail;
        for (int i = 0; i < 12 && hi - lo > 4; ++i) {
            const double mid = (lo + hi) / 2;
            auto trial = pack(mid);
            if (trial.size() <= count) {
                hi = mid;
                pages = std::move(trial);
            } else {
                lo = mid;
            }
        }
    }
    // A label repeated down the first column is shown once per slide, at its first row there.
    for (auto& page : pages) {
        QString last;
        for (int i = 0; groupFirstColumn && i < page.size(); ++i) {
            if (page[i].isEmpty() || page[i][0].paragraphs.isEmpty())
                continue;
            const QString label = page[i][0].paragraphs.first().text;
            if (i > 0 && label == last)
                page[i][0].paragraphs.clear();
            last = label;
        }
    }
    for (int k = 0; k < pages.size(); ++k) {
        const QString t
            = pages.size() > 1 ? QStringLiteral("%1 %2/%3").arg(title).arg(k + 1).arg(pages.size()) : title;
        Slide& s = newSlide(t, section);
        double y = top;
        if (!introPs.isEmpty()) {
            s.elements.append(textBox(QRectF(Margin, y, tableW, introH), introPs, 14, muted()));
            y += introH;
        }
        Element tbl;
        tbl.type = Element::Table;
        tbl.name = QStringLiteral("Table");
        tbl.sizePt = pt;
        tbl.inset = CellInset;
        tbl.columnWidths = widths;
        tbl.cells.append(header);
        tbl.rowHeights.append(headH);
        double h = headH;
        for (const auto& r : pages[k]) {
            tbl.cells.append(r);
            tbl.rowHeights.append(rowHeight(r));
            h += tbl.rowHeights.last();
        }
        tbl.rect = QRectF(Margin, y, tableW, h);
        s.elements.append(tbl);
    }
}

} // namespace rt::slides
