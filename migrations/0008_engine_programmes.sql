CREATE TABLE "programme_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"community_id" uuid NOT NULL,
	"programme" text NOT NULL,
	"number" integer NOT NULL,
	"person_ref" text NOT NULL,
	"practitioner_ref" text,
	"route" text NOT NULL,
	"opened_by" text NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"outcome" text,
	"closed_at" timestamp with time zone,
	"closed_by" text,
	"close_reason" text,
	"idempotency_key" text
);
--> statement-breakpoint
CREATE TABLE "programme_consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"community_id" uuid NOT NULL,
	"programme" text NOT NULL,
	"person_ref" text NOT NULL,
	"asked_by" text NOT NULL,
	"asked_at" timestamp with time zone NOT NULL,
	"answer" text,
	"answered_at" timestamp with time zone,
	"case_id" uuid
);
--> statement-breakpoint
CREATE TABLE "programme_settings" (
	"community_id" uuid NOT NULL,
	"programme" text NOT NULL,
	"enabled" boolean NOT NULL,
	"changed_by" text NOT NULL,
	"changed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "programme_settings_community_id_programme_pk" PRIMARY KEY("community_id","programme")
);
--> statement-breakpoint
CREATE TABLE "programme_staff" (
	"community_id" uuid NOT NULL,
	"programme" text NOT NULL,
	"user_ref" text NOT NULL,
	"role" text NOT NULL,
	"assigned_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "programme_staff_community_id_programme_user_ref_pk" PRIMARY KEY("community_id","programme","user_ref")
);
--> statement-breakpoint
CREATE TABLE "programme_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"community_id" uuid NOT NULL,
	"programme" text NOT NULL,
	"step" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"done_at" timestamp with time zone,
	"done_by" text,
	"tool_version" integer,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"score" integer,
	"recommendation" text,
	"outcome" text,
	"notes_ciphertext" text
);
--> statement-breakpoint
CREATE TABLE "programme_tools" (
	"community_id" uuid NOT NULL,
	"programme" text NOT NULL,
	"version" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "programme_tools_community_id_programme_version_pk" PRIMARY KEY("community_id","programme","version"),
	CONSTRAINT "programme_tools_version_positive" CHECK ("programme_tools"."version" >= 1)
);
--> statement-breakpoint
ALTER TABLE "programme_cases" ADD CONSTRAINT "programme_cases_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_consents" ADD CONSTRAINT "programme_consents_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_settings" ADD CONSTRAINT "programme_settings_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_staff" ADD CONSTRAINT "programme_staff_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_steps" ADD CONSTRAINT "programme_steps_case_id_programme_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."programme_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_steps" ADD CONSTRAINT "programme_steps_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_tools" ADD CONSTRAINT "programme_tools_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "programme_cases_number" ON "programme_cases" USING btree ("community_id","programme","number");--> statement-breakpoint
CREATE UNIQUE INDEX "programme_cases_idempotency_key" ON "programme_cases" USING btree ("community_id","programme","idempotency_key");--> statement-breakpoint
CREATE INDEX "programme_cases_open" ON "programme_cases" USING btree ("community_id","programme","practitioner_ref") WHERE "programme_cases"."closed_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "programme_consents_pending" ON "programme_consents" USING btree ("community_id","programme","person_ref") WHERE "programme_consents"."answer" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "programme_steps_step" ON "programme_steps" USING btree ("case_id","step");--> statement-breakpoint
CREATE INDEX "programme_steps_open" ON "programme_steps" USING btree ("community_id","programme") WHERE "programme_steps"."done_at" is null;