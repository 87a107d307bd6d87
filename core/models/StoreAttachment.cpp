// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/StoreAttachment.h"

#include "session/Document.h"

#include <QPointer>

namespace rt {

void followStore(QObject* model, Document* document, const std::function<void(Store&)>& attach,
                 const std::function<void()>& detach)
{
    const QPointer<Document> doc(document);
    const auto run = [doc, attach] {
        if (doc && doc->store())
            attach(*doc->store());
    };
    QObject::connect(document, &Document::opened, model, run);
    if (detach)
        QObject::connect(document, &Document::aboutToClose, model, detach);
    run();
}

} // namespace rt
