CREATE TABLE "unscanned_messages" (
	"community_id" uuid NOT NULL,
	"day" date NOT NULL,
	"lang" text NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "unscanned_messages_community_id_day_lang_pk" PRIMARY KEY("community_id","day","lang")
);
--> statement-breakpoint
ALTER TABLE "unscanned_messages" ADD CONSTRAINT "unscanned_messages_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE cascade ON UPDATE no action;