// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "slides/Deck.h"
#include "slides/PackLanguage.h"
#include "slides/SessionData.h"

#include <QCoreApplication>

namespace rt::slides {

/**
 * The driver diagram's layout: the aim's drivers as boxes in one column per level, each box
 * centred beside its children and joined to its parent. A tree too tall for one slide is split
 * between drivers; a driver whose children alone overflow is repeated as "(continued)".
 */
class DriverLayout
{
#ifdef RT_LUPDATE_SEES_THIS // never defined: lupdate reads both branches and takes the context
    Q_DECLARE_TR_FUNCTIONS(DeckBuilder)
#else
    RT_PACK_TR_FUNCTIONS(DeckBuilder) // tr() in the pack's language (PackLanguage)
#endif
public:
    struct Node
    {
        QString text;
        QList<Node> children;
        bool continued = false;
    };

    /** The session's drivers as nodes, their text cleaned. */
    static QList<Node> nodes(const QList<SessionData::DriverNode>& drivers);
    /** Levels below the aim (at least 1). */
    static int depth(const QList<Node>& nodes);

    /** Columns @p colWidth wide, starting @p colStep apart. */
    DriverLayout(double colWidth, double colStep)
        : m_colWidth(colWidth)
        , m_colStep(colStep)
    { }

    /** The height @p n and its subtree take. */
    double required(const Node& n) const;
    /** @p nodes in slide-sized pages of at most @p avail each. */
    QList<QList<Node>> pack(const QList<Node>& nodes, double avail) const;
    /** Appends @p nodes (at @p depth, from @p top down) and their subtrees to @p s, joined to
     *  @p parentAnchor. */
    void layout(Slide& s, const QList<Node>& nodes, int depth, double top, const QPointF& parentAnchor) const;

private:
    static int levels(const QList<Node>& nodes);
    double ownHeight(const Node& n) const;

    double m_colWidth;
    double m_colStep;
};

} // namespace rt::slides
