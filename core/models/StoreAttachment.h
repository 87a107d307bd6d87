// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Store.h"

#include <QObject>
#include <functional>

namespace rt {

class Document;

/**
 * How a model follows its document's store. Opening a session makes a new Store, so a model
 * connects to it again each time: followStore() calls @p attach with the store now (when a session
 * is open) and whenever a session is opened, and @p detach (when given) just before one closes,
 * so that the model drops the rows of a file that is going away.
 */
void followStore(QObject* model, Document* document, const std::function<void(Store&)>& attach,
                 const std::function<void()>& detach = {});

/** Connects the store's three change signals to @p model's handlers, each at most once. */
template<class Model>
void connectStore(Store& store, Model* model, void (Model::*rowsChanged)(Kind),
                  void (Model::*rowUpdated)(Kind, qint64, const QString&), void (Model::*reset)())
{
    QObject::connect(&store, &Store::rowsChanged, model, rowsChanged, Qt::UniqueConnection);
    QObject::connect(&store, &Store::rowUpdated, model, rowUpdated, Qt::UniqueConnection);
    QObject::connect(&store, &Store::reset, model, reset, Qt::UniqueConnection);
}

} // namespace rt
