CREATE TABLE "dashboard_sessions" (
	"session_hash" text PRIMARY KEY NOT NULL,
	"community_id" uuid NOT NULL,
	"coordinator_ref" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dashboard_tokens" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"community_id" uuid NOT NULL,
	"coordinator_ref" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "volunteers" ADD COLUMN "display_name" text;--> statement-breakpoint
ALTER TABLE "dashboard_sessions" ADD CONSTRAINT "dashboard_sessions_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dashboard_tokens" ADD CONSTRAINT "dashboard_tokens_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dashboard_sessions_expiry" ON "dashboard_sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "dashboard_tokens_expiry" ON "dashboard_tokens" USING btree ("expires_at");