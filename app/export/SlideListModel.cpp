// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/SlideListModel.h"

#include "slides/SlidePainter.h"

namespace rt {

SlideListModel::SlideListModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void SlideListModel::setDeck(const slides::Deck& deck)
{
    beginResetModel();
    m_deck = deck;
    m_thumbnails.clear();
    endResetModel();
}

int SlideListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_deck.slides.size());
}

QVariant SlideListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const slides::Slide& s = m_deck.slides[row];
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1. %2").arg(row + 1).arg(s.title);
    case Qt::ToolTipRole:
        return s.title;
    case Qt::DecorationRole: {
        auto it = m_thumbnails.find(row);
        if (it == m_thumbnails.end())
            it = m_thumbnails.insert(row, QPixmap::fromImage(slides::SlidePainter::image(s, ThumbnailWidth)));
        return *it;
    }
    case SlideIndexRole:
        return row;
    case SectionRole:
        return s.section;
    default:
        return {};
    }
}

} // namespace rt
