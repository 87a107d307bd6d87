// SPDX-License-Identifier: GPL-3.0-or-later
#include "slides/charts/BarChart.h"

#include "slides/SlidePainter.h"
#include "slides/TextLayout.h"
#include "slides/Theme.h"

#include <QPainter>

#include <cmath>

namespace rt::slides::charts {

void paint(QPainter& p, const QRectF& rect, const ChartData& chart, double pt)
{
    p.save();
    const double capH = chart.caption.isEmpty() ? 0 : text::lineHeight(pt) + 20;
    const QRectF area = rect.adjusted(0, 0, 0, -capH);
    const double labelW = area.width() * 0.38;
    const double valueW = 120;
    const double barX = area.left() + labelW + 16;
    const double barMaxW = area.right() - valueW - barX;
    const int n = int(std::min(chart.labels.size(), chart.values.size()));
    double maxV = 0;
    for (int i = 0; i < n; ++i)
        maxV = std::max(maxV, chart.values[i]);
    QList<double> heights;
    double total = 0;
    // Each bar gets an equal share of the height (up to a limit), more if its label wraps.
    const double slot = n > 0 ? std::clamp(area.height() / n, 60.0, 180.0) : 0;
    for (int i = 0; i < n; ++i) {
        const double h = std::max(
            text::height(text::paragraph(chart.labels[i]), text::wrapWidth(labelW, 4), pt) + 16, slot);
        heights << h;
        total += h;
    }
    const double gap = 0;
    double y = area.top();
    const QFont f = text::font(pt);
    for (int i = 0; i < n; ++i) {
        const QRectF labelRect(area.left(), y, labelW, heights[i]);
        SlidePainter::drawParagraphs(p, labelRect, 4, {text::paragraph(chart.labels[i])}, pt, theme::text(),
                                     Qt::AlignRight | Qt::AlignVCenter);
        const double bh = std::min(slot * 0.6, 100.0);
        const double bw = maxV > 0 ? barMaxW * chart.values[i] / maxV : 0;
        const QRectF bar(barX, y + (heights[i] - bh) / 2, std::max(bw, 2.0), bh);
        p.fillRect(bar, theme::accent());
        p.setFont(f);
        p.setPen(theme::text());
        const QString v = chart.valueFormat.arg(chart.values[i]);
        p.drawText(QRectF(bar.right() + 10, bar.top(), valueW, bar.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, v);
        y += heights[i] + gap;
    }
    p.setPen(QPen(theme::rule(), 2));
    p.drawLine(QPointF(barX, area.top()), QPointF(barX, std::min(y, area.bottom())));
    if (!chart.caption.isEmpty()) {
        // Right under the bars, lined up with them.
        const double capY = std::min(y, rect.bottom() - capH);
        SlidePainter::drawParagraphs(p, QRectF(barX, capY, rect.right() - barX, capH), 4,
                                     {text::paragraph(chart.caption)}, pt, theme::muted(),
                                     Qt::AlignLeft | Qt::AlignVCenter);
    }
    p.restore();
}

} // namespace rt::slides::charts
