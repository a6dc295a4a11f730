package dev.ogi.server.declarations;

import dev.ogi.server.AppContext;
import io.dropwizard.core.setup.Environment;
import org.glassfish.jersey.media.multipart.MultiPartFeature;

/** Declarations, reviews, attachments, the contact cross-check and generated drafts: one line in {@code run()}. */
public record DeclarationFeature(AppContext context) {

    public void register(Environment environment) {
        DeclarationService declarations = context.declarations();
        ContactCheckService contacts = new ContactCheckService(context.jdbi(), declarations, context.units());
        GeneratedDocuments generated = new GeneratedDocuments(declarations, context.units());
        environment.jersey().register(MultiPartFeature.class);
        environment.jersey().register(new UnitDeclarationsResource(declarations));
        environment.jersey().register(new DeclarationResource(declarations));
        environment.jersey().register(new ReviewQueueResource(declarations, context.asOf()));
        environment.jersey().register(new ContactCheckResource(contacts));
        environment.jersey().register(new GeneratedDocumentsResource(generated));
    }
}
