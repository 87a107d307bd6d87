// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QImage>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace rt::slides {

/**
 * The format-neutral summary pack. Geometry is in slide units: the slide is 1920 × 1080 units
 * (13.333 × 7.5 in, so one unit is half a point = 6350 EMU = one PDF device pixel at 144 dpi).
 * Font sizes are in points. The same Deck is painted (preview, PDF) and written as PPTX.
 */
constexpr double SlideWidth = 1920.0;
constexpr double SlideHeight = 1080.0;
constexpr double UnitsPerPoint = 2.0;
constexpr double MinTextPt = 12.0; ///< nothing in the pack is set smaller

/** One paragraph of text. Line breaks inside it are '\n'; text is already XML-safe. */
struct Paragraph
{
    QString text;
    bool bold = false;
    int level = 0;
    QString bullet; ///< e.g. "•", "★", "1."; empty: none
    bool rtl = false; ///< right-to-left script (Arabic, Urdu, Hebrew)
    QString lang; ///< BCP-47 tag when known (rtl paragraphs)
    bool continued = false; ///< a continuation fragment of the item before it (split text)
    int itemId = -1; ///< index into Deck::items when this paragraph shows a captured item
};

struct Cell
{
    QList<Paragraph> paragraphs;
    QColor fill; ///< invalid: none
    QColor color = QColor(0x1f, 0x29, 0x37);
    bool bold = false;
};

struct ChartData
{
    QString title;
    QStringList labels;
    QList<double> values;
    QString caption; ///< e.g. "Mean 3.4 (12 votes)"
    QString valueFormat = QStringLiteral("%1");
};

struct Element
{
    enum Type { Text, Shape, Line, Table, Chart, Image };
    Type type = Text;
    QString name; ///< shape name in PPTX
    QRectF rect; ///< slide units; for Line: from topLeft to bottomRight (may be flipped)
    QList<Paragraph> paragraphs;
    double sizePt = 18;
    QColor color = QColor(0x1f, 0x29, 0x37);
    QColor fill; ///< invalid: none
    QColor line; ///< invalid: none
    double lineWidth = 2;
    Qt::Alignment align = Qt::AlignLeft | Qt::AlignTop;
    double inset = 8; ///< text inset, units
    double rotation = 0; ///< degrees clockwise about the centre (axis labels)
    // Table
    QList<double> columnWidths; ///< units
    QList<QList<Cell>> cells; ///< row 0 is the header row
    QList<double> rowHeights; ///< units
    // Chart
    ChartData chart;
    // Image
    QImage image;
    QString altText;

    QPointF p1() const { return rect.topLeft(); }
    QPointF p2() const { return rect.bottomRight(); }
};

struct Slide
{
    enum Kind { Title, Section, Content };
    Kind kind = Content;
    QString title;
    QString subtitle;
    QString footer;
    QString section; ///< which part of the pack: "intro", "tables", "polls", "places", "datapack", "feedback"
    QList<Element> elements;
};

/** A captured item (note, idea, action, open answer…) whose text the pack must show in full. */
struct Item
{
    QString kind; ///< "note", "idea", "action", "answer", "driver"
    QString text; ///< the XML-safe text that must appear
};

struct Deck
{
    QString title;
    QString language = QStringLiteral("en");
    QList<Slide> slides;
    QList<Item> items;
};

} // namespace rt::slides
