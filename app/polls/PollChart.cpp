// SPDX-License-Identifier: GPL-3.0-or-later
#include "polls/PollChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QStackedLayout>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace rt::charts {

namespace {
const QList<QColor>& chartColours()
{
    static const QList<QColor> colours {QColor(0x1f, 0x5f, 0xa8), QColor(0xc0, 0x4b, 0x1f),
                                        QColor(0x2e, 0x7d, 0x32), QColor(0x6a, 0x1b, 0x9a),
                                        QColor(0x00, 0x83, 0x8f), QColor(0x8d, 0x6e, 0x00)};
    return colours;
}

QString elide(const QString& s, int max)
{
    return s.size() <= max ? s : s.left(max - 1) + QChar(0x2026);
}
} // namespace

WordCloud::WordCloud(QWidget* parent)
    : QWidget(parent)
{
    setMinimumSize(200, 150);
}

void WordCloud::setWords(const QList<QPair<QString, int>>& words)
{
    m_words = words;
    update();
}

void WordCloud::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    paint(p, rect(), m_words, font());
}

void WordCloud::paint(QPainter& painter, const QRectF& area, const QList<QPair<QString, int>>& words,
                      const QFont& baseFont)
{
    if (words.isEmpty())
        return;
    const int maxCount = words.first().second > 0 ? words.first().second : 1;
    const double biggest = qBound(18.0, area.height() / 6.0, 72.0);
    const double smallest = qMax(9.0, biggest / 4.0);
    QList<QRectF> placed;
    const QPointF centre = area.center();
    const int limit = qMin<int>(int(words.size()), 80);
    for (int i = 0; i < limit; ++i) {
        const auto& w = words.at(i);
        QFont f = baseFont;
        f.setPointSizeF(smallest + (biggest - smallest) * std::sqrt(double(w.second) / maxCount));
        f.setBold(w.second * 2 > maxCount);
        const QFontMetricsF fm(f);
        const QSizeF size(fm.horizontalAdvance(w.first) + 6, fm.height());
        // Archimedean spiral from the centre; the first free spot inside the area wins.
        for (double t = 0; t < 600; t += 0.35) {
            const double r = 4.0 * t;
            const QPointF c = centre + QPointF(r * std::cos(t) * 1.6, r * std::sin(t));
            const QRectF box(c.x() - size.width() / 2, c.y() - size.height() / 2, size.width(),
                             size.height());
            if (!area.contains(box))
                continue;
            bool free = true;
            for (const QRectF& other : std::as_const(placed)) {
                if (other.intersects(box)) {
                    free = false;
                    break;
                }
            }
            if (!free)
                continue;
            placed.append(box);
            painter.setFont(f);
            painter.setPen(chartColours().at(i % chartColours().size()));
            painter.drawText(box, Qt::AlignCenter, w.first);
            break;
        }
    }
}

PollChart::PollChart(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_note(new QLabel(this))
    , m_stack(new QStackedLayout)
    , m_view(new QChartView(this))
    , m_cloud(new WordCloud(this))
    , m_list(new QListWidget(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_note->setWordWrap(true);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_cloud);
    m_stack->addWidget(m_list);
    layout->addWidget(m_title);
    layout->addLayout(m_stack, 1);
    layout->addWidget(m_note);
}

void PollChart::rebuild(const PollChartData& data)
{
    auto* chart = new QChart;
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_set = new QBarSet(data.valueTitle);
    m_set->setColor(chartColours().first());
    m_set->setLabelColor(Qt::black);
    QAbstractBarSeries* series = nullptr;
    if (data.shape == PollChartData::Shape::Bars)
        series = new QHorizontalBarSeries;
    else
        series = new QBarSeries;
    series->append(m_set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    QStringList labels;
    // Bars read top to bottom in list order; a horizontal bar chart draws its first category
    // at the bottom, so it gets the list reversed.
    for (const QString& l : data.labels)
        labels << elide(l, 32); // the full names are in the options list beside it and in the pack
    if (data.shape == PollChartData::Shape::Bars)
        std::reverse(labels.begin(), labels.end());
    categories->append(labels);
    // The options' names as given (up to 32 characters): QtCharts otherwise cut a horizontal chart's
    // names to "…" at 1366x768, leaving bars nobody could name.
    categories->setTruncateLabels(false);
    m_axis = new QValueAxis;
    m_axis->setTitleText(data.valueTitle);
    m_axis->setLabelFormat(QStringLiteral("%d"));
    if (data.shape == PollChartData::Shape::Bars) {
        chart->addAxis(categories, Qt::AlignLeft);
        chart->addAxis(m_axis, Qt::AlignBottom);
    } else {
        chart->addAxis(categories, Qt::AlignBottom);
        chart->addAxis(m_axis, Qt::AlignLeft);
    }
    series->attachAxis(categories);
    series->attachAxis(m_axis);
    m_series = series;
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    m_chart = chart;
    delete old;
}

void PollChart::setData(const PollChartData& data)
{
    m_title->setText(data.title);
    m_note->setText(data.note);
    m_note->setVisible(!data.note.isEmpty());
    switch (data.shape) {
    case PollChartData::Shape::Words:
        m_cloud->setWords(data.words);
        m_stack->setCurrentWidget(m_cloud);
        break;
    case PollChartData::Shape::List:
        m_list->clear();
        m_list->addItems(data.answers);
        m_stack->setCurrentWidget(m_list);
        break;
    case PollChartData::Shape::Bars:
    case PollChartData::Shape::Columns: {
        if (!m_chart || data.shape != m_shape || data.labels != m_labels)
            rebuild(data);
        m_shape = data.shape;
        m_labels = data.labels;
        const qsizetype n = data.values.size();
        double top = 1;
        for (qsizetype i = 0; i < n; ++i) {
            const double v = data.values.at(data.shape == PollChartData::Shape::Bars ? n - 1 - i : i);
            if (i < m_set->count())
                m_set->replace(int(i), v);
            else
                m_set->append(v);
            top = qMax(top, v);
        }
        // Whole-number ticks (every 1, 2, 5, 10 … votes) with room for the value labels.
        const int ceiling = qMax(1, int(std::ceil(top * 1.15)));
        const int step = [ceiling] {
            for (int magnitude = 1;; magnitude *= 10) {
                for (int m : {1, 2, 5}) {
                    if (ceiling / (m * magnitude) <= 6)
                        return m * magnitude;
                }
            }
        }();
        m_axis->setTickType(QValueAxis::TicksDynamic);
        m_axis->setTickAnchor(0);
        m_axis->setTickInterval(step);
        m_axis->setRange(0, ceiling);
        m_stack->setCurrentWidget(m_view);
        break;
    }
    }
    if (data.shape != PollChartData::Shape::Bars && data.shape != PollChartData::Shape::Columns)
        m_shape = data.shape;

    // The chart is painted: a screen reader (and a tooltip, where bar labels are cut short)
    // gets the results as text, e.g. "Mental health: 12 votes".
    QStringList results;
    if (data.shape == PollChartData::Shape::Words) {
        for (const auto& [word, count] : data.words)
            results << QStringLiteral("%1: %2").arg(word).arg(count);
    } else if (data.shape == PollChartData::Shape::List) {
        results = data.answers;
    } else {
        for (qsizetype i = 0; i < data.labels.size() && i < data.values.size(); ++i)
            results << QStringLiteral("%1: %2 %3")
                           .arg(data.labels.at(i))
                           .arg(data.values.at(i))
                           .arg(data.valueTitle);
    }
    const QString text = results.join(QLatin1Char('\n'));
    const QString name = data.title.isEmpty()
        ? QCoreApplication::translate("rt::charts::PollChart", "Poll results")
        : data.title;
    for (QWidget* w : {static_cast<QWidget*>(m_view), static_cast<QWidget*>(m_cloud)}) {
        w->setAccessibleName(name);
        w->setAccessibleDescription(text);
        w->setToolTip(text);
    }
    m_list->setAccessibleName(name);
}

} // namespace rt::charts
