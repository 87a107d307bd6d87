// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "slides/Deck.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPixmap>

namespace rt {

/** The slides of a built deck, for the thumbnail list: "N. title" and a small picture. */
class SlideListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles { SlideIndexRole = Qt::UserRole + 1, SectionRole };

    explicit SlideListModel(QObject* parent = nullptr);
    void setDeck(const slides::Deck& deck);
    const slides::Deck& deck() const { return m_deck; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    static constexpr int ThumbnailWidth = 192;

private:
    slides::Deck m_deck;
    mutable QHash<int, QPixmap> m_thumbnails; ///< drawn when first shown
};

} // namespace rt
