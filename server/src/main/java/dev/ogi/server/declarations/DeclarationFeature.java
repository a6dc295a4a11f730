package dev.ogi.server.declarations;

import dev.ogi.server.AppContext;
import io.dropwizard.core.setup.Environment;
import org.glassfish.jersey.media.multipart.MultiPartFeature;

/** Declarations, reviews, attachments, the contact cross-check and generated drafts: one line in {@code run()}. */
public final class DeclarationFeature {

    private final AppContext context;
    private final DeclarationService declarations;
    private final ContactCheckService contacts;
    private final GeneratedDocuments generated;

    public DeclarationFeature(AppContext context) {
        this.context = context;
        this.declarations = context.declarations();
        this.contacts = new ContactCheckService(context.jdbi(), declarations, context.units());
        this.generated = new GeneratedDocuments(declarations, context.units());
    }

    public void register(Environment environment) {
        environment.jersey().register(MultiPartFeature.class);
        environment.jersey().register(new UnitDeclarationsResource(declarations));
        environment.jersey().register(new DeclarationResource(declarations));
        environment.jersey().register(new ReviewQueueResource(declarations, context.asOf()));
        environment.jersey().register(new ContactCheckResource(contacts));
        environment.jersey().register(new GeneratedDocumentsResource(generated));
    }
}
