// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QStringList>
#include <QWidget>

class QChart;
class QChartView;
class QBarSet;
class QBarCategoryAxis;
class QValueAxis;
class QAbstractBarSeries;
class QLabel;
class QListWidget;
class QStackedLayout;
class QPainter;

namespace rt::charts {

/** What a poll chart shows, free of how it was counted (the app fills it from vote::Results). */
struct PollChartData
{
    enum class Shape { Bars, Columns, Words, List };
    Shape shape = Shape::Bars;
    QString title;
    QStringList labels; ///< one per bar
    QList<double> values; ///< one per bar
    QString valueTitle; ///< e.g. "votes", "points"
    QString note; ///< a line under the chart, e.g. how ranking points are counted
    QList<QPair<QString, int>> words;
    QStringList answers;
};

/** Draws a word cloud: bigger words are more frequent; placed on a spiral without overlaps. */
class WordCloud : public QWidget
{
public:
    explicit WordCloud(QWidget* parent = nullptr);
    void setWords(const QList<QPair<QString, int>>& words);
    static void paint(QPainter& painter, const QRectF& area, const QList<QPair<QString, int>>& words,
                      const QFont& baseFont);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<QPair<QString, int>> m_words;
};

/**
 * Live results of one poll (the only user of Qt Charts): horizontal bars for choice,
 * multi and ranking points, columns for scale levels, a word cloud, or the list of open answers.
 * setData() with the same bars updates values in place, so live updates do not flicker.
 */
class PollChart : public QWidget
{
public:
    explicit PollChart(QWidget* parent = nullptr);
    void setData(const PollChartData& data);

private:
    void rebuild(const PollChartData& data);

    QLabel* m_title;
    QLabel* m_note;
    QStackedLayout* m_stack;
    QChartView* m_view;
    WordCloud* m_cloud;
    QListWidget* m_list;
    QChart* m_chart = nullptr;
    QAbstractBarSeries* m_series = nullptr;
    QBarSet* m_set = nullptr;
    QValueAxis* m_axis = nullptr;
    PollChartData::Shape m_shape = PollChartData::Shape::List;
    QStringList m_labels;
};

} // namespace rt::charts
