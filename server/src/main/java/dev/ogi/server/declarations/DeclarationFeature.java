package dev.ogi.server.declarations;

import dev.ogi.server.AppContext;
import dev.ogi.server.scores.ScoreService;
import io.dropwizard.core.setup.Environment;
import java.nio.file.Path;
import org.glassfish.jersey.media.multipart.MultiPartFeature;

/** Declarations, reviews, attachments, the contact cross-check and generated drafts: one line in {@code run()}. */
public final class DeclarationFeature {

    private final AppContext context;
    private final DeclarationService declarations;
    private final ContactCheckService contacts;
    private final GeneratedDocuments generated;

    public DeclarationFeature(AppContext context) {
        this.context = context;
        this.declarations = service(context);
        this.contacts = new ContactCheckService(context.jdbi(), declarations, context.units());
        this.generated = new GeneratedDocuments(declarations, context.units());
    }

    /** The service as the application and its demo step build it: approvals drop the cached scores. */
    static DeclarationService service(AppContext context) {
        DeclarationsConfiguration configuration = context.configuration().getDeclarations();
        DeclarationService service = new DeclarationService(context.jdbi(), context.clock(), context.campaigns(),
                context.units(), configuration, new AttachmentStore(Path.of(configuration.getAttachmentsDirectory())),
                context.objectMapper());
        service.onApproved(() -> ScoreService.forContext(context).invalidate());
        return service;
    }

    public DeclarationService service() {
        return declarations;
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
