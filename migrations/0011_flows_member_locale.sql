CREATE TABLE "person_locales" (
	"community_id" uuid NOT NULL,
	"user_ref" text NOT NULL,
	"locale" text NOT NULL,
	"seen_at" timestamp with time zone NOT NULL,
	CONSTRAINT "person_locales_community_id_user_ref_pk" PRIMARY KEY("community_id","user_ref")
);
--> statement-breakpoint
ALTER TABLE "person_locales" ADD CONSTRAINT "person_locales_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE cascade ON UPDATE no action;